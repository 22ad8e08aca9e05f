namespace Tdkt.Web.Api;

// The voting service's public answers (/voting/public), as the ballot, result and receipt pages read them.

public sealed record BallotCandidateView(string UnitId, string UnitName, int? Votes, bool? Elected);

public sealed record BallotPaperView(string ClusterId, string ClusterName, int Year, int Round, string AwardName, int Seats,
    List<BallotCandidateView> Candidates);

public sealed record CastReceiptView(string Receipt, string ClusterId, int Year, int Round, string AwardName, int Seq);

public sealed record PublicRoundView(int Number, string AwardId, string AwardName, int Seats, int Base, int Threshold, bool Open,
    int CodesIssued, int BallotsCast, List<BallotCandidateView> Candidates, string? LastHash, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt)
{
    public string NameOf(string unitId) => Candidates.FirstOrDefault(c => c.UnitId == unitId)?.UnitName ?? unitId;
}

public sealed record PublishedBallotView(int Seq, List<string> Choices, string Nonce, string PreviousHash, string Receipt);

public sealed record PublishedRoundView(string ClusterName, PublicRoundView Round, List<PublishedBallotView> Ballots, bool ChainIntact,
    bool TallyMatches);

public sealed record ReceiptCheckView(string Receipt, string ClusterId, string ClusterName, int Year, int Round, string AwardName, int Seq,
    bool Counted, List<string>? Choices);
