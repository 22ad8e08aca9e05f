using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Problems;
using Tdkt.Workflows.Instances;

using Tdkt.Workflows.Clusters;

namespace Tdkt.Workflows.Definitions;

public sealed record AssignmentInput(string? DefinitionId);

/// <summary>
/// Which definition a cluster follows. Assigning also starts the workflow of every opened year of the
/// cluster that has none yet; years already running keep their pinned version.
/// </summary>
public static class AssignmentApi
{
    public static void MapAssignmentApi(this RouteGroupBuilder workflows)
    {
        var group = workflows.MapGroup("/clusters/{clusterId}/definition").RequireAuthorization(Policies.Admin);

        group.MapGet("/", async Task<Results<Ok<ClusterAssignment>, ProblemHttpResult>> (string clusterId, WorkflowsDb db, CancellationToken ct) =>
            await db.Assignments.FindAsync([clusterId], ct) is { } a
                ? TypedResults.Ok(a)
                : Problems.NotFound($"Cụm/khối '{clusterId}' chưa được gán quy trình."));

        group.MapPut("/", async Task<Results<Ok<ClusterAssignment>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, HttpRequest request, WorkflowsDb db, InstancePlanner planner, TimeProvider time, CancellationToken ct) =>
        {
            if (await db.Clusters.FindAsync([clusterId], ct) is null)
                return Problems.NotFound($"Không có cụm/khối '{clusterId}' (cụm/khối phải được tạo trong danh mục trước).");
            var (input, problem) = await request.ReadJsonBodyAsync<AssignmentInput>(ct);
            if (problem is not null) return problem;
            if (string.IsNullOrWhiteSpace(input!.DefinitionId)) return Validation.Problem("definitionId", "Mã quy trình là bắt buộc.");
            if (!await db.Definitions.AnyAsync(d => d.Id == input.DefinitionId && d.Published, ct))
                return Validation.Problem("definitionId", $"Quy trình '{input.DefinitionId}' chưa có phiên bản nào được ban hành.");
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.LockClusterAsync(clusterId, ct);
            var assignment = await db.Assignments.FindAsync([clusterId], ct);
            if (assignment is null) db.Assignments.Add(assignment = new ClusterAssignment { ClusterId = clusterId, DefinitionId = "" });
            (assignment.DefinitionId, assignment.AssignedAt) = (input.DefinitionId, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            foreach (var year in await db.ClusterYears.Where(y => y.ClusterId == clusterId).ToListAsync(ct))
                await planner.InstantiateAsync(db, year, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return TypedResults.Ok(assignment);
        }).Accepts<AssignmentInput>("application/json");
    }
}
