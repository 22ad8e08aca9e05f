namespace Tdkt.Contracts;

/// <summary>
/// The cluster's scores of the year are final: per unit its groups, bonus, deductions, total, rank, status with
/// reasons; and the award proposals the scoring library made from them (the conference votes where it must).
/// </summary>
public record ScoresFinalized(
    string ClusterId,
    int Year,
    DateTimeOffset FinalizedAt,
    string FrameworkId,
    int FrameworkVersion,
    IReadOnlyList<FinalUnitScore> Units,
    IReadOnlyList<ProposedAward> Awards);
