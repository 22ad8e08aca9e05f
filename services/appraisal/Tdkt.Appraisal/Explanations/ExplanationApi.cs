using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Appraisals;
using Tdkt.Appraisal.Audit;
using Tdkt.Appraisal.WorkingDays;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;

namespace Tdkt.Appraisal.Explanations;

public sealed record ExplanationRequestBody(string? UnitId, string? CriterionId, string? Question, int? WorkingDays);

public sealed record ExplanationAnswerBody(string? Answer, List<string?>? Files);

/// <summary>
/// The head asks a unit to explain part of its self-assessment, due in working days (official calendar); the
/// workflows runtime reminds the unit. The unit answers with text and files it uploaded (their SHA-256 or numbers).
/// </summary>
public static class ExplanationApi
{
    public static void MapExplanationApi(this RouteGroupBuilder year)
    {
        year.MapGet("/explanations", async Task<Results<Ok<List<ExplanationRequest>>, ProblemHttpResult>> (string clusterId, int year,
            ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            var (c, problem) = await db.ContextAsync(clusterId, year, ct);
            if (problem is not null) return problem;
            var q = db.Explanations.AsNoTracking().Where(x => x.ClusterId == clusterId && x.Year == year);
            var leads = user.Unit() is { } unit && c!.Year.IsLedBy(unit);
            var oversees = user.IsInRole(Roles.Board) || user.IsInRole(Roles.Admin);
            // A member sees only the questions put to it.
            if (!leads && !oversees)
            {
                if (user.MemberUnit() is not { } member || !c!.Year.HasMember(member))
                    return Problems.Forbidden("Chỉ Cụm trưởng, Cụm phó và đơn vị được hỏi xem được yêu cầu giải trình.");
                q = q.Where(x => x.UnitId == member);
            }
            return TypedResults.Ok((await q.ToListAsync(ct)).OrderBy(x => x.DueDate).ThenBy(x => x.UnitId).ToList());
        });

        year.MapPost("/explanations", async Task<Results<Created<ExplanationRequest>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
            if (problem is not null) return problem;
            var (body, bad) = await request.ReadJsonBodyAsync<ExplanationRequestBody>(ct);
            if (bad is not null) return bad;
            var v = new Validation();
            if (string.IsNullOrWhiteSpace(body!.UnitId)) v.Add("unitId", "Đơn vị được yêu cầu giải trình là bắt buộc.");
            else v.Check(c!.Year.HasMember(body.UnitId), "unitId", $"Đơn vị '{body.UnitId}' không thuộc {c.Year.ClusterName} năm {year}.");
            if (body.CriterionId is { } id)
                v.Check(c!.Framework.AllCriteria.Concat(c.Framework.Bonus.Items).Any(x => x.Id == id), "criterionId", $"Không có tiêu chí mã \"{id}\" trong bảng điểm.");
            v.Text("question", body.Question, "Nội dung yêu cầu giải trình", Limits.Text);
            v.Check(body.WorkingDays is >= 1 and <= 30, "workingDays", "Thời hạn giải trình phải từ 1 đến 30 ngày làm việc.");
            if (!v.IsValid) return v.ToProblem();
            var now = time.GetUtcNow();
            var x = new ExplanationRequest
            {
                Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = body.UnitId!, CriterionId = body.CriterionId,
                Question = body.Question!.Trim(), WorkingDays = body.WorkingDays!.Value,
                DueDate = (await db.WorkingCalendarAsync(ct)).AddWorkingDays(VietnamTime.Today(time), body.WorkingDays.Value),
                RequestedBy = user.Who(), RequestedAt = now,
            };
            db.Explanations.Add(x);
            db.Record(c!, user, time, "explanation", x.UnitId, x.CriterionId, null, $"Yêu cầu giải trình, hạn {x.DueDate:dd/MM/yyyy}", x.Question);
            db.PublishViaOutbox(new ExplanationRequested(x.Id, clusterId, year, x.UnitId, x.CriterionId, x.Question, x.WorkingDays, x.DueDate,
                x.RequestedBy, now), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/appraisal/clusters/{clusterId}/years/{year}/explanations/{x.Id}", x);
        }).Accepts<ExplanationRequestBody>("application/json");

        year.MapPost("/explanations/{requestId:guid}/answer", async Task<Results<Ok<ExplanationRequest>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, Guid requestId, HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.ContextAsync(clusterId, year, ct);
            if (problem is not null) return problem;
            const string onlyAsked = "Chỉ đơn vị được yêu cầu mới trả lời được yêu cầu giải trình.";
            if (user.MemberUnit() is not { } member || !c!.Year.HasMember(member)) return Problems.Forbidden(onlyAsked);
            var x = await db.Explanations.FirstOrDefaultAsync(e => e.Id == requestId && e.ClusterId == clusterId && e.Year == year, ct);
            if (x is null) return Problems.NotFound("Không có yêu cầu giải trình này.");
            if (member != x.UnitId) return Problems.Forbidden(onlyAsked);
            if (x.AnsweredAt is not null) return Problems.Conflict($"Đơn vị đã trả lời yêu cầu giải trình này lúc {x.AnsweredAt:dd/MM/yyyy HH:mm}.");
            var (body, bad) = await request.ReadJsonBodyAsync<ExplanationAnswerBody>(ct);
            if (bad is not null) return bad;
            var v = new Validation().Text("answer", body!.Answer, "Nội dung giải trình", 8000);
            if (v.Items("files", body.Files, "danh sách tệp", 20) && body.Files is not null)
                for (var i = 0; i < body.Files.Count; i++) v.Text($"files[{i}]", body.Files[i], "Tệp giải trình", Limits.Reference);
            if (!v.IsValid) return v.ToProblem();
            (x.Answer, x.AnswerFiles, x.AnsweredBy, x.AnsweredAt) = (body.Answer!.Trim(), body.Files?.Select(f => f!.Trim()).ToList() ?? [], user.Who(), time.GetUtcNow());
            db.Record(c!, user, time, "explanation", x.UnitId, x.CriterionId, null, "Đã giải trình", x.Answer);
            db.PublishViaOutbox(new ExplanationAnswered(x.Id, clusterId, year, x.UnitId, x.AnsweredAt.Value), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(x);
        }).Accepts<ExplanationAnswerBody>("application/json");
    }
}
