namespace Tdkt.Scoring.Computation;

/// <summary>Points for one criterion with the reason (Vietnamese trace, written when read) and the evidence cited.</summary>
public sealed record CriterionResult(
    string Id, string Name, decimal Max, decimal Points, LazyText Trace,
    IReadOnlyList<string> Evidence, IReadOnlyList<CriterionResult> Children);

public sealed record GroupResult(string Id, string Name, decimal Max, decimal Points, IReadOnlyList<CriterionResult> Criteria);

public sealed record DeductionResult(string Type, string Name, int Count, decimal Points, string Reason);

public enum UnitStatus
{
    /// <summary>Đủ điều kiện đề nghị khen thưởng.</summary>
    Eligible,
    /// <summary>Không đạt ngưỡng điểm.</summary>
    Ineligible,
    /// <summary>Không xét thi đua.</summary>
    Excluded,
    /// <summary>Chưa xét thi đua (awaiting a conclusion).</summary>
    Deferred,
}

/// <summary>One unit's computed score, rank (ties explicit) and status with every reason.</summary>
public sealed record UnitResult(
    string UnitId,
    string UnitName,
    bool IsHead,
    IReadOnlyList<GroupResult> Groups,
    decimal GroupsTotal,
    IReadOnlyList<CriterionResult> BonusItems,
    decimal Bonus,
    decimal Cap,
    IReadOnlyList<DeductionResult> DeductionItems,
    decimal Deductions,
    decimal Total,
    LazyText TotalTrace,
    int Rank,
    IReadOnlyList<string> TiedWith,
    UnitStatus Status,
    IReadOnlyList<string> Reasons,
    bool LowerAward,
    string? PartyRating);

/// <summary>A cluster-year: units best first, then the award proposals.</summary>
public sealed record ClusterResult(
    string FrameworkId,
    string? ClusterName,
    int? Year,
    IReadOnlyList<UnitResult> Units,
    IReadOnlyList<Awards.AwardProposal> Awards);
