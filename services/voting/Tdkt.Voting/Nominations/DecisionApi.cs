using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;
using Tdkt.Voting.Conferences;

namespace Tdkt.Voting.Nominations;

/// <summary>
/// The head announces the nominations (NominationsDecided, with everything the minutes and the vote-count record
/// need) and next year's head and deputy (LeadershipElected); each once, and only with no round open.
/// </summary>
public static class DecisionApi
{
    public static void MapDecisionApi(this RouteGroupBuilder year)
    {
        year.MapPost("/election/decide", async Task<Results<Ok<NominationsDecided>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (await db.Elections.FindAsync([clusterId, year], ct) is not { } election) return Problems.Conflict("Phần bình xét, suy tôn chưa được mở.");
            if (election.DecidedAt is not null) return Problems.Conflict("Kết quả suy tôn đã được công bố.");
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.ClusterId == clusterId && r.Year == year).OrderBy(r => r.Number).ToListAsync(ct);
            if (rounds.FirstOrDefault(r => r.IsOpen) is { } open) return Problems.Conflict($"Vòng {open.Number} đang mở; hãy đóng trước khi công bố.");
            var view = await ElectionView.BuildAsync(db, y!, ct);
            if (election.Method == Scoring.Model.ConferenceRules.Methods.Consensus && view.NotAnswered.Count > 0)
                return Problems.Conflict($"Còn {view.NotAnswered.Count} đơn vị dự họp chưa xác nhận kết quả: {string.Join(", ", view.NotAnswered.Select(u => u.Name))}.");
            var scores = (await db.FinalScores.FindAsync([clusterId, year], ct))!.Scores;
            var (awards, refusal) = Decision.Awards(election, scores, rounds, y!.UnitName);
            if (refusal is not null) return Problems.Conflict(refusal);
            var conference = (await db.Conferences.FindAsync([clusterId, year, ConferenceKinds.Summary], ct))!;
            var attendance = await db.CheckIns.AsNoTracking().Where(c => c.ClusterId == clusterId && c.Year == year && c.Kind == ConferenceKinds.Summary)
                .OrderBy(c => c.UnitName).Select(c => new ConferenceDelegate(c.UnitId, c.UnitName, c.DelegateName, c.DelegatePosition)).ToListAsync(ct);
            var now = time.GetUtcNow();
            var decided = new NominationsDecided(clusterId, year, conference.Date, conference.Venue, attendance, view.Quorum.ToRecord(), election.Method,
                awards!, rounds.Where(r => !Candidacy.IsLeadership(r.AwardId)).Select(Decision.Result).ToList(), now);
            (election.DecidedAt, election.Decision) = (now, JsonSerializer.Serialize(decided, ElectionView.Json));
            db.PublishViaOutbox(decided, time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(decided);
        });

        year.MapPost("/election/leadership", async Task<Results<Ok<LeadershipElected>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, VotingDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (y, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (await db.Elections.FindAsync([clusterId, year], ct) is not { } election) return Problems.Conflict("Phần bình xét, suy tôn chưa được mở.");
            if (election.LeadershipDecidedAt is not null) return Problems.Conflict("Cụm trưởng, Cụm phó năm sau đã được công bố.");
            var rounds = await db.Rounds.AsNoTracking().Where(r => r.ClusterId == clusterId && r.Year == year).OrderBy(r => r.Number).ToListAsync(ct);
            if (rounds.FirstOrDefault(r => r.IsOpen) is { } open) return Problems.Conflict($"Vòng {open.Number} đang mở; hãy đóng trước khi công bố.");
            var (head, deputy, refusal) = Decision.Leadership(y!, rounds);
            if (refusal is not null) return Problems.Conflict(refusal);
            var now = time.GetUtcNow();
            var elected = new LeadershipElected(clusterId, year, year + 1, head!, deputy, y!.Rules.Leadership,
                rounds.Where(r => Candidacy.IsLeadership(r.AwardId)).Select(Decision.Result).ToList(), now);
            (election.LeadershipDecidedAt, election.Leadership) = (now, JsonSerializer.Serialize(elected, ElectionView.Json));
            db.PublishViaOutbox(elected, time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(elected);
        });
    }
}
