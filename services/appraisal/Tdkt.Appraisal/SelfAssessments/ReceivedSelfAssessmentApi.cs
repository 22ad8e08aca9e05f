using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Appraisal.SelfAssessments;

/// <summary>The head (or deputy) of a cluster-year reads its members' self-assessments; nobody else does.</summary>
public static class ReceivedSelfAssessmentApi
{
    public static RouteGroupBuilder MapReceivedSelfAssessmentApi(this RouteGroupBuilder appraisal)
    {
        var group = appraisal.MapGroup("/clusters/{clusterId}/years/{year:int}/self-assessments")
            .RequireAuthorization(Policies.Head);

        group.MapGet("/", async Task<Results<Ok<List<ReceivedSelfAssessment>>, ProblemHttpResult>> (
            string clusterId, int year, ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            if (await LeadershipProblem(db, clusterId, year, user, ct) is { } problem) return problem;
            var list = await db.SelfAssessments.Where(s => s.ClusterId == clusterId && s.Year == year).ToListAsync(ct);
            return TypedResults.Ok(list.OrderBy(s => s.UnitId).ThenBy(s => s.SubmittedAt).ToList());
        });

        group.MapGet("/{submissionId:guid}", async Task<Results<Ok<ReceivedSelfAssessment>, ProblemHttpResult>> (
            string clusterId, int year, Guid submissionId, ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            if (await LeadershipProblem(db, clusterId, year, user, ct) is { } problem) return problem;
            var found = await db.SelfAssessments.SingleOrDefaultAsync(
                s => s.SubmissionId == submissionId && s.ClusterId == clusterId && s.Year == year, ct);
            return found is null ? Problems.NotFound("Không tìm thấy bản tự chấm điểm này.") : TypedResults.Ok(found);
        });
        return group;
    }

    private static async Task<ProblemHttpResult?> LeadershipProblem(AppraisalDb db, string clusterId, int year, ClaimsPrincipal user, CancellationToken ct)
    {
        var clusterYear = await db.ReadYearAsync(clusterId, year, ct);
        if (clusterYear is null) return ClusterYearProblems.NotOpened(clusterId, year);
        return user.Unit() is { } unit && clusterYear.IsLedBy(unit)
            ? null
            : Problems.Forbidden($"Chỉ Cụm trưởng, Cụm phó của {clusterYear.ClusterName} năm {year} được xem bản tự chấm điểm.");
    }
}
