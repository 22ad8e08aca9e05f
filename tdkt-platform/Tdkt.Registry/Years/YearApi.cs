using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Frameworks;

namespace Tdkt.Registry.Years;

public static class YearApi
{
    public static void MapYearApi(this RouteGroupBuilder group)
    {
        group.MapGet("/clusters/{clusterId}/years", async (string clusterId, RegistryDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Years.Where(y => y.ClusterId == clusterId).OrderBy(y => y.Year).ToListAsync(ct)));

        group.MapPost("/clusters/{clusterId}/years", async Task<Results<Created<EmulationYear>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, HttpRequest request, RegistryDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<YearInput>(ct);
            if (problem is not null) return problem;
            if (await db.Clusters.FindAsync([clusterId], ct) is not { } cluster) return Problems.NotFound($"Không có cụm/khối '{clusterId}'.");
            input = input!.WithElected(cluster.NextLeadership);
            var units = await db.Units.Where(u => u.ClusterId == clusterId).Select(u => u.Id).ToListAsync(ct);
            var v = new Validation();
            input.Validate(v, "", units);
            var framework = await db.FindAsync(input, "", v, ct);
            if (!v.IsValid) return v.ToProblem();
            if (await db.Years.AnyAsync(y => y.ClusterId == clusterId && y.Year == input.Year, ct))
                return Problems.Conflict($"Năm thi đua {input.Year} của cụm/khối '{clusterId}' đã tồn tại.");
            var year = input.ToEntity(clusterId, units);
            db.Years.Add(year);
            // The conference's choice is no longer pending once its year exists (it took it, or the admin chose otherwise).
            if (cluster.NextLeadershipForYear == year.Year) cluster.NextLeadership = null;
            if (framework is not null) db.Assign(year, framework, time);
            if (input.Open) await db.OpenAsync(year, time, ct);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/registry/clusters/{clusterId}/years/{year.Year}", year);
        }).Accepts<YearInput>("application/json");

        group.MapPost("/clusters/{clusterId}/years/{year:int}/open", async Task<Results<Ok<EmulationYear>, ProblemHttpResult>> (
            string clusterId, int year, RegistryDb db, TimeProvider time, CancellationToken ct) =>
        {
            var entity = await db.Years.FindAsync([clusterId, year], ct);
            if (entity is null) return Problems.NotFound($"Không có năm thi đua {year} của cụm/khối '{clusterId}'.");
            await db.OpenAsync(entity, time, ct);
            if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
            return TypedResults.Ok(entity);
        });
    }
}
