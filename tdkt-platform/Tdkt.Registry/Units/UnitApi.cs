using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Units;

public static class UnitApi
{
    public static void MapUnitApi(this RouteGroupBuilder group)
    {
        group.MapGet("/clusters/{clusterId}/units", async (string clusterId, RegistryDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.Units.Where(u => u.ClusterId == clusterId).OrderBy(u => u.Id).ToListAsync(ct)));

        group.MapPost("/clusters/{clusterId}/units", async Task<Results<Created<MemberUnit>, ValidationProblem, ProblemHttpResult>> (string clusterId, HttpRequest request, RegistryDb db, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<UnitInput>(ct);
            if (problem is not null) return problem;
            var v = new Validation();
            input!.Validate(v, "");
            if (!v.IsValid) return v.ToProblem();
            if (!await db.Clusters.AnyAsync(c => c.Id == clusterId, ct)) return Problems.NotFound($"Không có cụm/khối '{clusterId}'.");
            if (await db.Units.AnyAsync(u => u.Id == input.Id, ct)) return Problems.Conflict($"Đơn vị '{input.Id}' đã tồn tại.");
            var unit = input.ToEntity(clusterId);
            db.Units.Add(unit);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/registry/clusters/{clusterId}/units/{unit.Id}", unit);
        }).Accepts<UnitInput>("application/json");

        group.MapPut("/clusters/{clusterId}/units/{unitId}", async Task<Results<Ok<MemberUnit>, ValidationProblem, ProblemHttpResult>> (string clusterId, string unitId, HttpRequest request, RegistryDb db, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<UnitInput>(ct);
            if (problem is not null) return problem;
            input = input! with { Id = unitId };
            var v = new Validation();
            input.Validate(v, "");
            if (!v.IsValid) return v.ToProblem();
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId && u.ClusterId == clusterId, ct);
            if (unit is null) return Problems.NotFound($"Không có đơn vị '{unitId}' trong cụm/khối '{clusterId}'.");
            input.ApplyTo(unit);
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(unit);
        }).Accepts<UnitInput>("application/json");
    }
}
