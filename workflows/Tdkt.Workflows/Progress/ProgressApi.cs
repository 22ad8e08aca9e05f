using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Workflows.Progress;

public static class ProgressApi
{
    /// <summary>Open to those who follow the cluster-year (Caller.Follows): members see where the cluster stands, as the seeds ask for transparency.</summary>
    public static void MapProgressApi(this RouteGroupBuilder workflows) =>
        workflows.MapGet("/clusters/{clusterId}/years/{year:int}/progress", async Task<Results<Ok<ProgressReport>, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, WorkflowsDb db, ProgressQuery progress, CancellationToken ct) =>
        {
            var copy = await db.ReadYearAsync(clusterId, year, ct);
            if (copy is not null && !request.HttpContext.User.Follows(copy)) return Problems.Forbidden(Caller.NotFollowing);
            return copy is not null && await progress.GetAsync(db, clusterId, year, ct) is { } report
                ? TypedResults.Ok(report)
                : Problems.NotFound($"Năm thi đua {year} của cụm/khối '{clusterId}' chưa có quy trình.");
        });
}
