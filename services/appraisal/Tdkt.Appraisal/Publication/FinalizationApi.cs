using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Appraisals;
using Tdkt.Appraisal.Audit;
using Tdkt.Appraisal.Commitments;
using Tdkt.Appraisal.Statuses;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Computation;

namespace Tdkt.Appraisal.Publication;

/// <summary>
/// Finalizing: after the objection window, with every objection answered, the appraised table becomes the year's
/// result. Units that did not register and sign the covenant are excluded first, where the framework makes it a rule.
/// </summary>
public static class FinalizationApi
{
    public static void MapFinalizationApi(this RouteGroupBuilder year) =>
        year.MapPost("/finalization", async Task<Results<Ok<ScoresFinalized>, ProblemHttpResult>> (string clusterId, int year,
            ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
            if (problem is not null) return problem;
            if (c!.State.ObjectionsUntil is not { } until) return Problems.Conflict("Phải công bố kết quả cho các đơn vị trước khi chốt điểm.");
            if (VietnamTime.Today(time) <= until)
                return Problems.Conflict($"Các đơn vị còn được kiến nghị đến hết ngày {until:dd/MM/yyyy}; chỉ chốt điểm sau thời hạn này.");
            var open = await db.Objections.CountAsync(o => o.ClusterId == clusterId && o.Year == year && o.AnsweredAt == null, ct);
            if (open > 0) return Problems.Conflict($"Còn {open} kiến nghị chưa được trả lời; hãy trả lời trước khi chốt điểm.");
            await ExcludeUncommittedAsync(db, c, user, time, ct);
            await db.SaveChangesAsync(ct);

            var sheets = await db.BuildAsync(c.Year, ct);
            var scored = ClusterScorer.Score(c.Framework, sheets.Appraised);
            if (!scored.IsValid) return Problems.Conflict($"Không tính được điểm: {string.Join("; ", scored.Errors.Select(e => e.ToString()))}");
            var now = time.GetUtcNow();
            var final = Final(c, scored.Value!, now);
            (c.State.FinalizedAt, c.State.FinalJson) = (now, JsonSerializer.Serialize(final, JsonSerializerOptions.Web));
            db.Record(c, user, time, "finalization", null, null, null,
                string.Join("; ", final.Units.Select(u => $"{u.Rank}. {u.UnitName} {u.Total}")), "Chốt điểm thi đua của năm");
            db.PublishViaOutbox(final, time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(final);
        });

    private static async Task ExcludeUncommittedAsync(AppraisalDb db, AppraisalContext c, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (c.Framework.Eligibility.Facts.FirstOrDefault(f => f.Id == CommitmentRules.NoCovenantFact) is not { } fact) return;
        var (clusterId, year) = (c.Year.ClusterId, c.Year.Year);
        var committed = await db.Commitments.AsNoTracking()
            .Where(x => x.ClusterId == clusterId && x.Year == year && x.RegisteredAt != null && x.SignedAt != null).Select(x => x.UnitId).ToListAsync(ct);
        foreach (var m in c.Year.Members.Where(m => !committed.Contains(m.UnitId)))
        {
            var key = $"fact:{m.UnitId}:{fact.Id}";
            if (await db.StatusFacts.AnyAsync(f => f.ClusterId == clusterId && f.Year == year && f.SourceKey == key, ct)) continue;
            const string reason = "Không đăng ký thi đua hoặc không ký giao ước thi đua của năm (đơn vị không đăng ký thi đua thì không xét)";
            db.StatusFacts.Add(new UnitStatusFact
            {
                Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = m.UnitId, FactId = fact.Id, Exclude = true,
                Reason = reason, Source = "covenant", SourceKey = key, By = "he-thong", At = time.GetUtcNow(),
            });
            db.Record(c, user, time, "status", m.UnitId, null, null, fact.Name, reason);
        }
    }

    private static ScoresFinalized Final(AppraisalContext c, ClusterResult r, DateTimeOffset at) => new(
        c.Year.ClusterId, c.Year.Year, at, c.Year.FrameworkId!, c.Year.FrameworkVersion!.Value,
        r.Units.Select(u => new FinalUnitScore(u.UnitId, u.UnitName, u.IsHead,
            u.Groups.Select(g => new GroupScore(g.Id, g.Name, g.Max, g.Points)).ToList(), u.Bonus, u.Deductions, u.Total, u.Rank,
            u.TiedWith, AppraisalTable.StatusCode(u.Status), u.Reasons, u.LowerAward)).ToList(),
        r.Awards.Select(a => new ProposedAward(a.AwardId, a.AwardName, a.Seats, Outcome(a.Outcome), a.Proposed, a.VoteCandidates,
            a.VoteSeats, a.SeatsForVoteLosers, a.Notes)).ToList());

    private static string Outcome(Scoring.Awards.AwardOutcome o) => o switch
    {
        Scoring.Awards.AwardOutcome.Proposed => "proposed",
        Scoring.Awards.AwardOutcome.VoteRequired => "vote-required",
        _ => "no-candidate",
    };
}
