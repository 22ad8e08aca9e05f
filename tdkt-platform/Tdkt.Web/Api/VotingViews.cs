namespace Tdkt.Web.Api;

// The voting service's answers as the conference pages read them (only the fields they show).

public sealed record QuorumView(string Rule, int Members, int Required, int Present, int Missing, bool Met, string RuleText, string Message);

public sealed record ConferenceView(string Kind, string Name, DateOnly Date, string Venue, DateTimeOffset? HeldAt, QuorumView Quorum);

public sealed record AttendeeView(string UnitId, string UnitName, bool Present, string? DelegateName, string? DelegatePosition);

public sealed record AttendanceView(string Kind, List<AttendeeView> Members, QuorumView Quorum);

public sealed record MemberRefView(string UnitId, string Name);

public sealed record RankedUnitView(string UnitId, string UnitName, decimal Total, int Rank, string Status, List<string>? Reasons);

public sealed record ProposalView(string AwardId, string Name, int Seats, string Outcome, List<MemberRefView> Proposed,
    List<MemberRefView> VoteCandidates, int VoteSeats, int SeatsForVoteLosers);

public sealed record AnswerView(string UnitId, string UnitName, bool Agrees, string? Comment, DateTimeOffset At);

public sealed record AwardDecisionView(string AwardId, string Name, int Seats, List<string> Winners, string DecidedBy);

public sealed record DecisionView(string Method, List<AwardDecisionView> Awards, DateTimeOffset DecidedAt);

public sealed record LeadershipView(int ForYear, string HeadUnitId, string? DeputyUnitId, string How, DateTimeOffset DecidedAt);

public sealed record ElectionView(bool Opened, string Method, string DefaultMethod, string LeadershipRule, QuorumView Quorum, bool ScoresReady,
    List<RankedUnitView> Ranking, List<ProposalView> Proposals, List<AnswerView> Answers, List<MemberRefView> NotAnswered, string? ObjectedBy,
    DecisionView? Decision, LeadershipView? Leadership);

public sealed record CandidateView(string UnitId, string UnitName, int? Votes, bool? Elected);

public sealed record RoundView(int Number, string AwardId, string AwardName, int Seats, int Base, int Threshold, bool Open, int CodesIssued,
    int BallotsCast, List<CandidateView> Candidates, string? LastHash, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt);

public sealed record IssuedCodeView(int Round, string AwardName, string Code);

public sealed record BallotSlipView(string Code, string Url, string QrPng);

public sealed record BallotChoiceView(string AwardId, string AwardName, int Seats, List<string> Candidates);
