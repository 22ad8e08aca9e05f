namespace Tdkt.Contracts;

/// <summary>
/// The summary conference decided the nominations: each award and its winners, with everything the minutes and
/// the vote-count record need (date, venue, attendance, quorum, method, the tallies of every round).
/// </summary>
/// <param name="Method">consensus or ballot (consensus moves to ballot on any objection).</param>
public record NominationsDecided(
    string ClusterId,
    int Year,
    DateOnly HeldOn,
    string Venue,
    IReadOnlyList<ConferenceDelegate> Attendance,
    QuorumRecord Quorum,
    string Method,
    IReadOnlyList<AwardDecision> Awards,
    IReadOnlyList<BallotRoundResult> Rounds,
    DateTimeOffset DecidedAt);
