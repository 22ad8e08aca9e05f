using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;

namespace Tdkt.Workflows.Escalations;

public static class EscalationApi
{
    /// <summary>The missed deadlines of a cluster-year with their consequences, for its head, deputy, members, the board and admins.</summary>
    public static void MapEscalationApi(this RouteGroupBuilder workflows) =>
        workflows.MapGet("/clusters/{clusterId}/years/{year:int}/escalations", async Task<Results<Ok<List<Escalation>>, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, WorkflowsDb db, CancellationToken ct) =>
        {
            var copy = await db.ReadYearAsync(clusterId, year, ct);
            if (copy is null) return Problems.NotFound($"Không có năm thi đua {year} của cụm/khối '{clusterId}'.");
            if (!request.HttpContext.User.Follows(copy)) return Problems.Forbidden(Caller.NotFollowing);
            return TypedResults.Ok(await db.Escalations.AsNoTracking()
                .Where(e => e.ClusterId == clusterId && e.Year == year).OrderBy(e => e.Id).ToListAsync(ct));
        });
}
