namespace Tdkt.Contracts;

/// <summary>One unit's final score. Status: eligible, ineligible, excluded or deferred; ranks share a number on a tie.</summary>
public record FinalUnitScore(
    string UnitId,
    string UnitName,
    bool IsHead,
    IReadOnlyList<GroupScore> Groups,
    decimal Bonus,
    decimal Deductions,
    decimal Total,
    int Rank,
    IReadOnlyList<string> TiedWith,
    string Status,
    IReadOnlyList<string> Reasons,
    bool LowerAward);
