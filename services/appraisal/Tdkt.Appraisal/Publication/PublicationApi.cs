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
using Tdkt.Platform.Auth;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Problems;

namespace Tdkt.Appraisal.Publication;

public sealed record PublishRequest(int? ObjectionWorkingDays);

public sealed record ObjectionBody(string? CriterionId, string? Text);

public sealed record ObjectionAnswerBody(string? Answer);

/// <summary>
/// The head publishes the appraised table to the members, who may object within a window of working days; the head
/// answers every objection; then finalizes (FinalizationApi).
/// </summary>
public static class PublicationApi
{
    public static void MapPublicationApi(this RouteGroupBuilder year)
    {
        year.MapPost("/publication", async Task<Results<Ok<AppraisalYear>, ValidationProblem, ProblemHttpResult>> (string clusterId, int year,
            HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
            if (problem is not null) return problem;
            var (body, bad) = await request.ReadJsonBodyAsync<PublishRequest>(ct);
            if (bad is not null) return bad;
            if (body!.ObjectionWorkingDays is not (>= 1 and <= 15))
                return Validation.Problem("objectionWorkingDays", "Thời hạn kiến nghị phải từ 1 đến 15 ngày làm việc.");
            var now = time.GetUtcNow();
            var until = (await db.WorkingCalendarAsync(ct)).AddWorkingDays(VietnamTime.Today(time), body.ObjectionWorkingDays.Value);
            var state = c!.State;
            var again = state.PublishedAt is not null;
            (state.PublishedAt, state.ObjectionsUntil) = (now, until);
            db.Record(c, user, time, "publication", null, null, null, $"Công bố kết quả, kiến nghị đến hết {until:dd/MM/yyyy}",
                again ? "Công bố lại sau khi điều chỉnh" : "Công bố kết quả thẩm định cho các đơn vị");
            db.PublishViaOutbox(new ScoresPublished(clusterId, year, "members", until, now), time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(state);
        }).Accepts<PublishRequest>("application/json");

        year.MapGet("/objections", async Task<Results<Ok<List<Objection>>, ProblemHttpResult>> (string clusterId, int year,
            ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            return TypedResults.Ok((await db.Objections.AsNoTracking().Where(o => o.ClusterId == clusterId && o.Year == year).ToListAsync(ct))
                .OrderBy(o => o.At).ToList());
        });

        year.MapPost("/objections", async Task<Results<Created<Objection>, ValidationProblem, ProblemHttpResult>> (string clusterId, int year,
            HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (user.MemberUnit() is not { } unit || !c!.Year.HasMember(unit)) return Problems.Forbidden("Chỉ đơn vị thành viên được kiến nghị về kết quả.");
            if (c.Finalized || c.State.ObjectionsUntil is not { } until || VietnamTime.Today(time) > until)
                return Problems.Conflict(c.State.ObjectionsUntil is { } u ? $"Đã hết thời hạn kiến nghị (đến hết ngày {u:dd/MM/yyyy})." : "Kết quả chưa được công bố.");
            var (body, bad) = await request.ReadJsonBodyAsync<ObjectionBody>(ct);
            if (bad is not null) return bad;
            var v = new Validation().Text("text", body!.Text, "Nội dung kiến nghị", 8000);
            if (body.CriterionId is { } id)
                v.Check(c.Framework.AllCriteria.Concat(c.Framework.Bonus.Items).Any(x => x.Id == id), "criterionId", $"Không có tiêu chí mã \"{id}\" trong bảng điểm.");
            if (!v.IsValid) return v.ToProblem();
            var o = new Objection
            {
                Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = unit, CriterionId = body.CriterionId, Text = body.Text!.Trim(),
                By = user.Who(), At = time.GetUtcNow(),
            };
            db.Objections.Add(o);
            db.Record(c, user, time, "objection", unit, o.CriterionId, null, "Kiến nghị", o.Text);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/appraisal/clusters/{clusterId}/years/{year}/objections/{o.Id}", o);
        }).Accepts<ObjectionBody>("application/json");

        year.MapPost("/objections/{objectionId:guid}/answer", async Task<Results<Ok<Objection>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, Guid objectionId, HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
            if (problem is not null) return problem;
            var o = await db.Objections.FirstOrDefaultAsync(x => x.Id == objectionId && x.ClusterId == clusterId && x.Year == year, ct);
            if (o is null) return Problems.NotFound("Không có kiến nghị này.");
            var (body, bad) = await request.ReadJsonBodyAsync<ObjectionAnswerBody>(ct);
            if (bad is not null) return bad;
            if (new Validation().Text("answer", body!.Answer, "Nội dung trả lời", 8000) is { IsValid: false } v) return v.ToProblem();
            (o.Answer, o.AnsweredBy, o.AnsweredAt) = (body.Answer!.Trim(), user.Who(), time.GetUtcNow());
            db.Record(c!, user, time, "objection", o.UnitId, o.CriterionId, null, "Trả lời kiến nghị", o.Answer);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(o);
        }).Accepts<ObjectionAnswerBody>("application/json");
    }
}
