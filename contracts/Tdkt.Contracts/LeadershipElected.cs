namespace Tdkt.Contracts;

/// <summary>
/// The summary conference of <paramref name="Year"/> chose the head and deputy for <paramref name="ForYear"/>.
/// How: election (by ballot rounds, listed) or rotation (by the cluster's rule, no vote).
/// </summary>
public record LeadershipElected(
    string ClusterId,
    int Year,
    int ForYear,
    string HeadUnitId,
    string? DeputyUnitId,
    string How,
    IReadOnlyList<BallotRoundResult> Rounds,
    DateTimeOffset DecidedAt);
