using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Voting.Conferences;

namespace Tdkt.Voting.Nominations;

public sealed record UnitRef(string UnitId, string Name);

public sealed record ProposalView(string AwardId, string Name, int Seats, string Outcome, IReadOnlyList<UnitRef> Proposed,
    IReadOnlyList<UnitRef> VoteCandidates, int VoteSeats, int SeatsForVoteLosers);

public sealed record AnswerView(string UnitId, string UnitName, bool Agrees, string? Comment, DateTimeOffset At);

/// <summary>
/// The nomination as the conference page shows it: the method, the live quorum, the ranking and the proposals from
/// the final scores, the consensus answers, and what was decided.
/// </summary>
public sealed record ElectionView(
    bool Opened, string Method, string DefaultMethod, string LeadershipRule, QuorumView Quorum, bool ScoresReady,
    IReadOnlyList<FinalUnitScore> Ranking, IReadOnlyList<ProposalView> Proposals, IReadOnlyList<AnswerView> Answers,
    IReadOnlyList<UnitRef> NotAnswered, string? ObjectedBy, NominationsDecided? Decision, LeadershipElected? Leadership)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<ElectionView> BuildAsync(VotingDb db, VotingYear y, CancellationToken ct)
    {
        var (clusterId, year) = (y.Copy.ClusterId, y.Copy.Year);
        var election = await db.Elections.AsNoTracking().FirstOrDefaultAsync(e => e.ClusterId == clusterId && e.Year == year, ct);
        var scores = (await db.FinalScores.AsNoTracking().FirstOrDefaultAsync(f => f.ClusterId == clusterId && f.Year == year, ct))?.Scores;
        var quorum = await Conferences.Quorum.OfAsync(db, y, ConferenceKinds.Summary, ct);
        var answers = await db.ConsensusAnswers.AsNoTracking().Where(a => a.ClusterId == clusterId && a.Year == year).ToListAsync(ct);
        var present = await db.CheckIns.AsNoTracking().Where(c => c.ClusterId == clusterId && c.Year == year && c.Kind == ConferenceKinds.Summary)
            .Select(c => c.UnitId).ToListAsync(ct);
        UnitRef Ref(string id) => new(id, y.UnitName(id));
        return new ElectionView(
            election is not null, election?.Method ?? y.Rules.Method, y.Rules.Method, y.Rules.Leadership, quorum, scores is not null,
            scores?.Units.OrderBy(u => u.Rank).ToList() ?? [],
            scores?.Awards.Select(a => new ProposalView(a.AwardId, a.Name, a.Seats, a.Outcome, a.Proposed.Select(Ref).ToList(),
                a.VoteCandidates.Select(Ref).ToList(), a.VoteSeats, a.SeatsForVoteLosers)).ToList() ?? [],
            answers.OrderBy(a => a.At).Select(a => new AnswerView(a.UnitId, y.UnitName(a.UnitId), a.Agrees, a.Comment, a.At)).ToList(),
            present.Where(p => answers.All(a => a.UnitId != p)).Select(Ref).ToList(),
            election?.ObjectedBy,
            election?.Decision is { } d ? JsonSerializer.Deserialize<NominationsDecided>(d, Json) : null,
            election?.Leadership is { } l ? JsonSerializer.Deserialize<LeadershipElected>(l, Json) : null);
    }
}
