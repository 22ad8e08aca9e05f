using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Appraisals;
using Tdkt.Appraisal.Audit;
using Tdkt.Platform.Problems;

namespace Tdkt.Appraisal.Deductions;

/// <summary>Body of a manual deduction: a type of the framework's catalogue, how many times, the reason and the evidence.</summary>
public sealed record DeductionRequest(string? Type, int? Count, string? Reason, List<string?>? Evidence);

public static class DeductionApi
{
    public static void MapDeductionApi(this RouteGroupBuilder year)
    {
        year.MapGet("/deductions", async Task<Results<Ok<List<RecordedDeduction>>, ProblemHttpResult>> (string clusterId, int year,
            ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            return TypedResults.Ok(await db.Deductions.AsNoTracking().Where(d => d.ClusterId == clusterId && d.Year == year)
                .OrderBy(d => d.UnitId).ThenBy(d => d.Type).ToListAsync(ct));
        });

        year.MapPost("/units/{unitId}/deductions", async Task<Results<Created<RecordedDeduction>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, string unitId, HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
            if (problem is not null) return problem;
            if (!c!.Year.HasMember(unitId)) return Problems.NotFound($"Đơn vị '{unitId}' không thuộc {c.Year.ClusterName} năm {year}.");
            var (body, bad) = await request.ReadJsonBodyAsync<DeductionRequest>(ct);
            if (bad is not null) return bad;
            var v = new Validation();
            var rule = c.Framework.Deductions.FirstOrDefault(r => r.Id == body!.Type);
            if (string.IsNullOrWhiteSpace(body!.Type)) v.Add("type", "Loại điểm trừ là bắt buộc.");
            else if (rule is null)
                v.Add("type", $"Loại điểm trừ \"{body.Type}\" không có trong bảng điểm; các loại: {string.Join(", ", c.Framework.Deductions.Select(r => $"{r.Id} ({r.Name})"))}.");
            v.Check(body.Count is >= 1 and <= 100, "count", "Số lần vi phạm phải từ 1 đến 100.");
            v.Text("reason", body.Reason, "Lý do trừ điểm", Limits.Text);
            if (v.Items("evidence", body.Evidence, "danh sách minh chứng", 50) && body.Evidence is not null)
                for (var i = 0; i < body.Evidence.Count; i++) v.Text($"evidence[{i}]", body.Evidence[i], "Tham chiếu minh chứng", Limits.Reference);
            if (!v.IsValid) return v.ToProblem();
            var d = new RecordedDeduction
            {
                Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = unitId, Type = rule!.Id, Count = body.Count!.Value,
                Reason = body.Reason!.Trim(), Evidence = body.Evidence?.Select(e => e!.Trim()).ToList() ?? [], Source = "manual",
                By = user.Who(), At = time.GetUtcNow(), SourceKey = "",
            };
            d.SourceKey = $"manual:{d.Id:N}";
            db.Deductions.Add(d);
            db.Record(c, user, time, "deduction", unitId, null, null, $"{rule.Name} × {d.Count} = {rule.Points * d.Count} điểm", d.Reason);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/appraisal/clusters/{clusterId}/years/{year}/deductions/{d.Id}", d);
        }).Accepts<DeductionRequest>("application/json");

        year.MapPost("/deductions/{deductionId:guid}/withdrawal", async Task<Results<Ok<RecordedDeduction>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, Guid deductionId, HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, reason, invalid, refused) = await db.ReadWithdrawalAsync(clusterId, year, request, user, "Lý do rút điểm trừ", ct);
            if (invalid is not null) return invalid;
            if (refused is not null) return refused;
            var d = await db.Deductions.FirstOrDefaultAsync(x => x.Id == deductionId && x.ClusterId == clusterId && x.Year == year, ct);
            if (d is null || d.WithdrawnAt is not null) return Problems.NotFound("Không có điểm trừ này (hoặc đã được rút).");
            d.WithdrawnAt = time.GetUtcNow();
            db.Record(c!, user, time, "deduction", d.UnitId, null, $"{d.Type} × {d.Count}: {d.Reason}", "(đã rút)", reason!);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(d);
        }).Accepts<WithdrawRequest>("application/json");
    }
}
