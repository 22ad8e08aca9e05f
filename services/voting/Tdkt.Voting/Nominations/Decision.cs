using Tdkt.Contracts;
using Tdkt.Scoring.Model;
using Tdkt.Voting.Ballots;

namespace Tdkt.Voting.Nominations;

/// <summary>
/// Who each award goes to. Consensus: the units the scores proposed, plus whoever won a vote the scores left open
/// (a tie) and, where the scores say so, the losers of the previous award's vote. Ballot: whoever the rounds elected.
/// </summary>
public static class Decision
{
    public static (List<AwardDecision>? Awards, string? Refusal) Awards(Election election, ScoresFinalized scores, IReadOnlyList<BallotRound> rounds,
        Func<string, string> unitName)
    {
        var awards = new List<AwardDecision>();
        ProposedAward? previous = null;
        foreach (var a in scores.Awards)
        {
            var elected = Candidacy.Elected(rounds, a.AwardId).ToList();
            var voted = rounds.Any(r => r.AwardId == a.AwardId);
            if (a.Outcome == "no-candidate") awards.Add(new AwardDecision(a.AwardId, a.Name, a.Seats, [], "score"));
            else if (election.Method == ConferenceRules.Methods.Ballot)
            {
                if (!voted) return (null, $"«{a.Name}» chưa được bỏ phiếu.");
                awards.Add(new AwardDecision(a.AwardId, a.Name, a.Seats, elected, "ballot"));
            }
            else
            {
                if (a.Outcome == "vote-required" && elected.Count < a.VoteSeats)
                    return (null, $"«{a.Name}» còn {a.VoteSeats - elected.Count} suất phải bỏ phiếu trong số {string.Join(", ", a.VoteCandidates.Select(unitName))}.");
                var losers = previous is null ? [] : previous.VoteCandidates.Except(Candidacy.Elected(rounds, previous.AwardId)).Take(a.SeatsForVoteLosers);
                awards.Add(new AwardDecision(a.AwardId, a.Name, a.Seats, [.. a.Proposed, .. losers, .. elected], voted ? "ballot" : "consensus"));
            }
            previous = a;
        }
        return (awards, null);
    }

    public static BallotRoundResult Result(BallotRound r) => new(r.Number, r.AwardId, r.AwardName, r.Seats, r.Base, r.Threshold, r.BallotCount,
        r.Result.Select(c => new CandidateTally(c.UnitId, c.UnitName, c.Votes, c.Elected)).ToList(), r.LastHash);

    /// <summary>Next year's head and deputy: the members after this year's head in the cluster's order (rotation), or the elected ones.</summary>
    public static (string? Head, string? Deputy, string? Refusal) Leadership(VotingYear y, IReadOnlyList<BallotRound> rounds)
    {
        var members = y.Copy.Members.Select(m => m.UnitId).ToList();
        if (y.Rules.Leadership == ConferenceRules.Leaderships.Rotation)
        {
            var at = members.IndexOf(y.Copy.HeadUnitId);
            var head = members[(at + 1) % members.Count];
            var deputy = members.Count > 1 ? members[(at + 2) % members.Count] : null;
            return (head, deputy == head ? null : deputy, null);
        }
        if (Candidacy.Elected(rounds, Candidacy.Head).FirstOrDefault() is not { } elected)
            return (null, null, "Chưa bầu được Cụm trưởng năm sau.");
        if (rounds.Any(r => r.AwardId == Candidacy.Deputy) && !Candidacy.Elected(rounds, Candidacy.Deputy).Any())
            return (null, null, "Chưa bầu được Cụm phó năm sau.");
        return (elected, Candidacy.Elected(rounds, Candidacy.Deputy).FirstOrDefault(), null);
    }
}
