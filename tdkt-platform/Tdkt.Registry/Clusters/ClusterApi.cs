using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Clusters;

public static class ClusterApi
{
    public static void MapClusterApi(this RouteGroupBuilder group)
    {
        group.MapGet("/clusters", async (RegistryDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Clusters.OrderBy(c => c.Id).ToListAsync(ct)));

        group.MapGet("/clusters/{clusterId}", async Task<Results<Ok<Cluster>, ProblemHttpResult>> (string clusterId, RegistryDb db, CancellationToken ct) =>
            await db.Clusters.FindAsync([clusterId], ct) is { } c ? TypedResults.Ok(c) : Problems.NotFound($"Không có cụm/khối '{clusterId}'."));

        group.MapPost("/clusters", async Task<Results<Created<Cluster>, ValidationProblem, ProblemHttpResult>> (HttpRequest request, RegistryDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<ClusterInput>(ct);
            if (problem is not null) return problem;
            var v = new Validation();
            input!.Validate(v, "");
            if (!v.IsValid) return v.ToProblem();
            if (await db.Clusters.AnyAsync(c => c.Id == input.Id, ct)) return Problems.Conflict($"Cụm/khối '{input.Id}' đã tồn tại.");
            var cluster = input.AddTo(db, time);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/registry/clusters/{cluster.Id}", cluster);
        }).Accepts<ClusterInput>("application/json");

        group.MapPut("/clusters/{clusterId}", async Task<Results<Ok<Cluster>, ValidationProblem, ProblemHttpResult>> (string clusterId, HttpRequest request, RegistryDb db, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<ClusterInput>(ct);
            if (problem is not null) return problem;
            input = input! with { Id = clusterId };
            var v = new Validation();
            input.Validate(v, "");
            if (!v.IsValid) return v.ToProblem();
            if (await db.Clusters.FindAsync([clusterId], ct) is not { } cluster) return Problems.NotFound($"Không có cụm/khối '{clusterId}'.");
            input.ApplyTo(cluster);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(cluster);
        }).Accepts<ClusterInput>("application/json");
    }
}
