using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.SelfAssessments;

public static class SelfAssessmentApi
{
    public static RouteGroupBuilder MapSelfAssessmentApi(this RouteGroupBuilder intake)
    {
        var group = intake.MapGroup("/clusters/{clusterId}/years/{year:int}/units/{unitId}/self-assessments")
            .RequireAuthorization(Policies.OwnUnit);
        group.MapPost("/", SubmitAsync).Accepts<SelfAssessmentRequest>("application/json");
        group.MapGet("/", async (string clusterId, int year, string unitId, IntakeDb db, CancellationToken ct) =>
        {
            // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
            var list = await db.SelfAssessments.Where(s => s.ClusterId == clusterId && s.Year == year && s.UnitId == unitId).ToListAsync(ct);
            return TypedResults.Ok(list.OrderBy(s => s.SubmittedAt).Select(SelfAssessmentReceipt.Of).ToList());
        });
        return group;
    }

    private static async Task<Results<Created<SelfAssessmentReceipt>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string clusterId, int year, string unitId, HttpRequest request, ClaimsPrincipal user,
        IntakeDb db, TimeProvider time, CancellationToken ct)
    {
        var clusterYear = await db.ClusterYears.FindAsync([clusterId, year], ct);
        if (clusterYear is null) return ClusterYearProblems.NotOpened(clusterId, year);
        if (!clusterYear.HasMember(unitId))
            return Problems.Forbidden($"Đơn vị '{unitId}' không phải thành viên của {clusterYear.ClusterName} năm {year}.");

        var (body, problem) = await request.ReadJsonBodyAsync<SelfAssessmentRequest>(ct);
        if (problem is not null) return problem;
        var validation = body!.Validate();
        if (!validation.IsValid) return validation.ToProblem();

        var assessment = new SelfAssessment
        {
            Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = unitId,
            SubmittedBy = user.FindFirst(TdktClaims.Subject)?.Value ?? unitId,
            SubmittedAt = time.UtcNowStored(), Criteria = body.ToValues(),
        };
        db.SelfAssessments.Add(assessment);
        db.PublishViaOutbox(new SelfAssessmentSubmitted(assessment.Id, clusterId, year, unitId, assessment.SubmittedAt, assessment.Criteria), time);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/intake/clusters/{clusterId}/years/{year}/units/{unitId}/self-assessments/{assessment.Id}",
            SelfAssessmentReceipt.Of(assessment));
    }
}
