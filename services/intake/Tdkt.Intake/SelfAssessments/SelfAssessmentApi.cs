using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Loading;

namespace Tdkt.Intake.SelfAssessments;

public static class SelfAssessmentApi
{
    public static RouteGroupBuilder MapSelfAssessmentApi(this RouteGroupBuilder intake)
    {
        var group = intake.MapGroup("/clusters/{clusterId}/years/{year:int}/units/{unitId}/self-assessments")
            .RequireAuthorization(Policies.OwnUnit);
        group.MapPost("/", SelfAssessmentSubmission.SubmitAsync).Accepts<SelfAssessmentRequest>("application/json");
        group.MapGet("/", async (string clusterId, int year, string unitId, IntakeDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.VersionsOf(clusterId, year, unitId).ToListAsync(ct)).Select(SelfAssessmentReceipt.Of).ToList()));
        group.MapGet("/{submissionId:guid}", async Task<Results<Ok<SelfAssessmentDetail>, ProblemHttpResult>> (
            string clusterId, int year, string unitId, Guid submissionId, IntakeDb db, CancellationToken ct) =>
        {
            var s = await db.SelfAssessments.FirstOrDefaultAsync(x => x.Id == submissionId && x.ClusterId == clusterId && x.Year == year && x.UnitId == unitId, ct);
            if (s is null) return Problems.NotFound("Không tìm thấy phiên bản tự chấm điểm này.");
            var copy = await db.ReadYearAsync(clusterId, year, ct);
            var scored = FrameworkCache.Load(copy?.FrameworkYaml) is { } fw
                ? SelfScoring.Score(fw, unitId, copy!.HeadUnitId == unitId, s.Criteria, s.Bonus, complete: false).Result
                : null;
            return TypedResults.Ok(new SelfAssessmentDetail(SelfAssessmentReceipt.Of(s), s.Criteria, s.Bonus, scored));
        });
        group.MapPut("/draft", SelfAssessmentSubmission.SaveDraftAsync).Accepts<SelfAssessmentRequest>("application/json");
        group.MapGet("/draft", async Task<Results<Ok<SelfAssessmentDraftView>, ProblemHttpResult>> (
            string clusterId, int year, string unitId, IntakeDb db, CancellationToken ct) =>
            await db.SelfAssessmentDrafts.FindAsync([clusterId, year, unitId], ct) is { } d
                ? TypedResults.Ok(new SelfAssessmentDraftView(d.SavedAt, d.Criteria, d.Bonus, null, new Dictionary<string, string[]>()))
                : Problems.NotFound("Đơn vị chưa lưu bản nháp tự chấm điểm."));
        return group;
    }

    /// <summary>A unit's versions, oldest first (ordered by number: SQLite cannot order by a DateTimeOffset column).</summary>
    public static IQueryable<SelfAssessment> VersionsOf(this IntakeDb db, string clusterId, int year, string unitId) =>
        db.SelfAssessments.Where(s => s.ClusterId == clusterId && s.Year == year && s.UnitId == unitId).OrderBy(s => s.Version);
}
