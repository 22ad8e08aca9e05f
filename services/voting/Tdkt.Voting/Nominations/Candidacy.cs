using Tdkt.Contracts;
using Tdkt.Voting.Ballots;

namespace Tdkt.Voting.Nominations;

/// <summary>A ballot the head may open: for which award (or next year's head/deputy), how many seats, who stands by default.</summary>
public sealed record BallotChoice(string AwardId, string AwardName, int Seats, IReadOnlyList<string> Candidates);

/// <summary>
/// Who stands in a round unless the head narrows the list. An award's first round: the units the scores left to a
/// vote (a tie, in ĐB), or under a ballot every eligible unit in rank order not already nominated for an earlier
/// award. A later round: those the previous round left (the tied ones, or all not elected) for the seats left.
/// Next year's head: every member; the deputy: every member but the head elected.
/// </summary>
public static class Candidacy
{
    public const string Head = "truong-cum";
    public const string Deputy = "pho-cum";

    public static bool IsLeadership(string awardId) => awardId is Head or Deputy;

    public static BallotChoice? For(string awardId, ScoresFinalized? scores, IReadOnlyList<BallotRound> rounds, IReadOnlyList<ClusterMember> members)
    {
        var closed = rounds.Where(r => !r.IsOpen).OrderBy(r => r.Number).ToList();
        var mine = closed.Where(r => r.AwardId == awardId).ToList();
        if (IsLeadership(awardId)) return Leadership(awardId, mine, closed, members);
        if (scores?.Awards.FirstOrDefault(a => a.AwardId == awardId) is not { } award) return null;
        if (mine.Count > 0)
        {
            var last = mine[^1];
            var outcome = Outcome(last);
            return new BallotChoice(awardId, award.Name, outcome.SeatsLeft, outcome.NextCandidates);
        }
        var earlier = closed.Where(r => r.AwardId != awardId).SelectMany(r => r.Result.Where(c => c.Elected).Select(c => c.UnitId)).ToHashSet();
        if (award.Outcome == "vote-required")
            return new BallotChoice(awardId, award.Name, award.VoteSeats, award.VoteCandidates.Where(c => !earlier.Contains(c)).ToList());
        var eligible = scores.Units.Where(u => u.Status == "eligible" && !earlier.Contains(u.UnitId))
            .OrderBy(u => u.Rank).Select(u => u.UnitId).ToList();
        return new BallotChoice(awardId, award.Name, award.Seats, eligible);
    }

    public static RoundOutcome Outcome(BallotRound closed) =>
        Tally.Decide(closed.Result.Select(c => (c.UnitId, c.Votes)).ToList(), closed.Seats, closed.Base);

    public static IEnumerable<string> Elected(IEnumerable<BallotRound> rounds, string awardId) =>
        rounds.Where(r => !r.IsOpen && r.AwardId == awardId).OrderBy(r => r.Number).SelectMany(r => r.Result.Where(c => c.Elected).Select(c => c.UnitId));

    private static BallotChoice Leadership(string awardId, List<BallotRound> mine, List<BallotRound> closed, IReadOnlyList<ClusterMember> members)
    {
        var name = awardId == Head ? "Cụm trưởng năm tiếp theo" : "Cụm phó năm tiếp theo";
        if (mine.Count > 0)
        {
            var outcome = Outcome(mine[^1]);
            return new BallotChoice(awardId, name, outcome.SeatsLeft, outcome.NextCandidates);
        }
        var head = Elected(closed, Head).ToHashSet();
        return new BallotChoice(awardId, name, 1, members.Select(m => m.UnitId).Where(u => awardId == Head || !head.Contains(u)).ToList());
    }
}
