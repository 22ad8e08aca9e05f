namespace Tdkt.Scoring.Model;

/// <summary>
/// The cluster's rules for its summary conference (hội nghị tổng kết): how many member units must be present
/// (<see cref="Quorum"/>: all, two-thirds or majority), whose votes a candidate needs more than half of
/// (<see cref="MajorityOf"/>: members or present), the default nomination method (<see cref="Method"/>:
/// consensus or ballot; consensus moves to a secret ballot on any objection) and how next year's head and
/// deputy are chosen (<see cref="Leadership"/>: election or rotation). <see cref="Source"/> cites the seed lines.
/// </summary>
public sealed record ConferenceRules(string Quorum, string MajorityOf, string Method, string Leadership, string? Source)
{
    public static ConferenceRules Default { get; } = new(Quorums.Majority, Bases.Present, Methods.Consensus, Leaderships.Election, null);

    /// <summary>The fewest member units that must be present for the conference to decide.</summary>
    public int RequiredPresent(int members) => Quorum switch
    {
        Quorums.All => members,
        Quorums.TwoThirds => (2 * members + 2) / 3,
        _ => members / 2 + 1,
    };

    /// <summary>The fewest votes that are more than half of <paramref name="base"/>.</summary>
    public int Threshold(int @base) => @base / 2 + 1;

    /// <summary>The number of votes a candidate needs more than half of: every member, or those present.</summary>
    public int MajorityBase(int members, int present) => MajorityOf == Bases.Members ? members : present;

    public static class Quorums
    {
        public const string All = "all";
        public const string TwoThirds = "two-thirds";
        public const string Majority = "majority";
        public static readonly IReadOnlyList<string> Values = [All, TwoThirds, Majority];
    }

    public static class Bases
    {
        public const string Members = "members";
        public const string Present = "present";
        public static readonly IReadOnlyList<string> Values = [Members, Present];
    }

    public static class Methods
    {
        public const string Consensus = "consensus";
        public const string Ballot = "ballot";
        public static readonly IReadOnlyList<string> Values = [Consensus, Ballot];
    }

    public static class Leaderships
    {
        public const string Election = "election";
        public const string Rotation = "rotation";
        public static readonly IReadOnlyList<string> Values = [Election, Rotation];
    }
}
