namespace Tdkt.Contracts;

/// <summary>
/// One closed round of the secret ballot: for which award (or head/deputy), how many seats, the vote base and
/// the threshold (more than half of the base), the ballots cast, the tally, and the last hash of its ballot box.
/// </summary>
public record BallotRoundResult(
    int Number,
    string AwardId,
    string AwardName,
    int Seats,
    int Base,
    int Threshold,
    int BallotsCast,
    IReadOnlyList<CandidateTally> Tally,
    string LastHash);
