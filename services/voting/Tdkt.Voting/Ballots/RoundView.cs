namespace Tdkt.Voting.Ballots;

public sealed record CandidateView(string UnitId, string UnitName, int? Votes, bool? Elected);

/// <summary>
/// A round as anybody may see it: while open only how many codes went out and how many ballots were cast, never
/// a count of votes; once closed the tally, who was elected and the last hash of the box.
/// </summary>
public sealed record RoundView(
    int Number, string AwardId, string AwardName, int Seats, int Base, int Threshold, bool Open, int CodesIssued, int BallotsCast,
    IReadOnlyList<CandidateView> Candidates, string? LastHash, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt)
{
    public static RoundView Of(BallotRound r, int codesIssued) => new(r.Number, r.AwardId, r.AwardName, r.Seats, r.Base, r.Threshold,
        r.IsOpen, codesIssued, r.BallotCount,
        r.IsOpen
            ? r.Candidates.Select(c => new CandidateView(c.UnitId, c.UnitName, null, null)).ToList()
            : r.Result.Select(c => new CandidateView(c.UnitId, c.UnitName, c.Votes, c.Elected)).ToList(),
        r.IsOpen ? null : r.LastHash, r.OpenedAt, r.ClosedAt);
}
