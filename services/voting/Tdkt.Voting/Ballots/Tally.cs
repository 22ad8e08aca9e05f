namespace Tdkt.Voting.Ballots;

/// <summary>A candidate's votes in a round, and whether the round elected them.</summary>
public sealed record CandidateVotes(string UnitId, int Votes, bool Elected);

/// <summary>
/// What a round decided: the tally in candidate order, who was elected, the seats left, and who stands in the
/// next round when seats are left (the tied ones on a tie for the last seat, else everyone not elected).
/// </summary>
public sealed record RoundOutcome(
    IReadOnlyList<CandidateVotes> Tally, IReadOnlyList<string> Elected, int Threshold, int SeatsLeft, IReadOnlyList<string> NextCandidates)
{
    public bool TiedForLastSeat { get; init; }
}

/// <summary>
/// Counts approval ballots (each names at most as many candidates as there are seats). A candidate is elected with
/// more than half of the vote base (the members, or those present, by the cluster's rule); seats are filled in
/// order of votes, and a group tied across the last seat is left to the next round (seeds 000 II.2 and 004).
/// </summary>
public static class Tally
{
    /// <summary>The fewest votes that are more than half of the base.</summary>
    public static int Threshold(int voteBase) => voteBase / 2 + 1;

    public static RoundOutcome Count(IReadOnlyList<string> candidates, int seats, int voteBase, IEnumerable<IReadOnlyCollection<string>> ballots)
    {
        var votes = candidates.ToDictionary(c => c, _ => 0);
        foreach (var ballot in ballots)
            foreach (var choice in ballot.Distinct())
                if (votes.ContainsKey(choice)) votes[choice]++;
        return Decide(candidates.Select(c => (c, votes[c])).ToList(), seats, voteBase);
    }

    /// <summary>Who the votes elect, in candidate order; a closed round's stored tally decides the same way again.</summary>
    public static RoundOutcome Decide(IReadOnlyList<(string UnitId, int Votes)> tally, int seats, int voteBase)
    {
        var candidates = tally.Select(t => t.UnitId).ToList();
        var votes = tally.ToDictionary(t => t.UnitId, t => t.Votes);
        var threshold = Threshold(voteBase);
        var elected = new List<string>();
        var above = candidates.Where(c => votes[c] >= threshold).OrderByDescending(c => votes[c]).ToList();
        foreach (var group in above.GroupBy(c => votes[c]))
        {
            var members = group.ToList();
            if (elected.Count + members.Count <= seats) { elected.AddRange(members); continue; }
            // Only the seats are left, and these units share the last one's votes: none of them is elected here.
            if (elected.Count < seats) return Outcome(candidates, votes, elected, threshold, seats, members, tied: true);
            break;
        }
        var rest = candidates.Where(c => !elected.Contains(c)).ToList();
        return Outcome(candidates, votes, elected, threshold, seats, elected.Count < seats ? rest : [], tied: false);
    }

    private static RoundOutcome Outcome(IReadOnlyList<string> candidates, Dictionary<string, int> votes, List<string> elected,
        int threshold, int seats, IReadOnlyList<string> next, bool tied) =>
        new(candidates.Select(c => new CandidateVotes(c, votes[c], elected.Contains(c))).ToList(), elected, threshold,
            seats - elected.Count, next) { TiedForLastSeat = tied };
}
