using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Appraisals;
using Tdkt.Appraisal.Audit;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Model;

namespace Tdkt.Appraisal.Statuses;

/// <summary>A fact of the framework's list (excludes, defers or lowers the award) with the head's reason: what happened, where it is recorded.</summary>
public sealed record StatusRequest(string? FactId, string? Reason);

public static class StatusApi
{
    public static void MapStatusApi(this RouteGroupBuilder year)
    {
        year.MapGet("/statuses", async Task<Results<Ok<List<UnitStatusFact>>, ProblemHttpResult>> (string clusterId, int year,
            ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            return TypedResults.Ok(await db.StatusFacts.AsNoTracking().Where(f => f.ClusterId == clusterId && f.Year == year).OrderBy(f => f.UnitId).ToListAsync(ct));
        });

        year.MapPost("/units/{unitId}/statuses", async Task<Results<Created<UnitStatusFact>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, string unitId, HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
            if (problem is not null) return problem;
            if (!c!.Year.HasMember(unitId)) return Problems.NotFound($"Đơn vị '{unitId}' không thuộc {c.Year.ClusterName} năm {year}.");
            var (body, bad) = await request.ReadJsonBodyAsync<StatusRequest>(ct);
            if (bad is not null) return bad;
            var v = new Validation();
            var fact = c.Framework.Eligibility.Facts.FirstOrDefault(f => f.Id == body!.FactId);
            if (string.IsNullOrWhiteSpace(body!.FactId)) v.Add("factId", "Tình trạng là bắt buộc.");
            else if (fact is null)
                v.Add("factId", $"Tình trạng \"{body.FactId}\" không có trong bảng điểm; các tình trạng: {string.Join(", ", c.Framework.Eligibility.Facts.Select(f => $"{f.Id} ({f.Name})"))}.");
            v.Text("reason", body.Reason, "Lý do", Limits.Text);
            if (!v.IsValid) return v.ToProblem();
            var key = $"fact:{unitId}:{fact!.Id}";
            if (await db.StatusFacts.AnyAsync(f => f.ClusterId == clusterId && f.Year == year && f.SourceKey == key && f.WithdrawnAt == null, ct))
                return Problems.Conflict($"Đơn vị '{unitId}' đã được ghi nhận tình trạng «{fact.Name}».");
            var s = new UnitStatusFact
            {
                Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = unitId, FactId = fact.Id, Exclude = fact.Effect == FactEffect.Exclude,
                Reason = body.Reason!.Trim(), Source = "manual", SourceKey = key, By = user.Who(), At = time.GetUtcNow(),
            };
            // A withdrawn fact keeps its row (and key) for the audit trail; the new one gets a fresh key.
            if (await db.StatusFacts.AnyAsync(f => f.ClusterId == clusterId && f.Year == year && f.SourceKey == key, ct)) s.SourceKey = $"{key}:{s.Id:N}";
            db.StatusFacts.Add(s);
            db.Record(c, user, time, "status", unitId, null, null, fact.Name, s.Reason);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/appraisal/clusters/{clusterId}/years/{year}/statuses/{s.Id}", s);
        }).Accepts<StatusRequest>("application/json");

        year.MapPost("/statuses/{statusId:guid}/withdrawal", async Task<Results<Ok<UnitStatusFact>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, Guid statusId, HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, reason, invalid, refused) = await db.ReadWithdrawalAsync(clusterId, year, request, user, "Lý do rút tình trạng", ct);
            if (invalid is not null) return invalid;
            if (refused is not null) return refused;
            var s = await db.StatusFacts.FirstOrDefaultAsync(x => x.Id == statusId && x.ClusterId == clusterId && x.Year == year, ct);
            if (s is null || s.WithdrawnAt is not null) return Problems.NotFound("Không có tình trạng này (hoặc đã được rút).");
            s.WithdrawnAt = time.GetUtcNow();
            db.Record(c!, user, time, "status", s.UnitId, null, s.FactId ?? s.Reason, "(đã rút)", reason!);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(s);
        }).Accepts<WithdrawRequest>("application/json");
    }
}
