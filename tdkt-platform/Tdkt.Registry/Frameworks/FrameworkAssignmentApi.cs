using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Years;

namespace Tdkt.Registry.Frameworks;

public static class FrameworkAssignmentApi
{
    public static void MapFrameworkAssignmentApi(this RouteGroupBuilder group) =>
        group.MapPut("/clusters/{clusterId}/years/{year:int}/framework", async Task<Results<Ok<EmulationYear>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, RegistryDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<FrameworkAssignmentInput>(ct);
            if (problem is not null) return problem;
            var v = new Validation();
            input!.Validate(v);
            if (!v.IsValid) return v.ToProblem();
            if (await db.Years.FindAsync([clusterId, year], ct) is not { } entity)
                return Problems.NotFound($"Không có năm thi đua {year} của cụm/khối '{clusterId}'.");
            if (await db.FindVersionAsync(input.FrameworkId!, input.Version, ct) is not { } version)
            {
                var versions = await db.FrameworkVersions.Where(f => f.FrameworkId == input.FrameworkId)
                    .Select(f => f.Version).OrderBy(n => n).ToListAsync(ct);
                return versions.Count == 0
                    ? Validation.Problem("frameworkId", $"Không có bảng điểm '{input.FrameworkId}'.")
                    : Validation.Problem("version",
                        $"Bảng điểm '{input.FrameworkId}' không có phiên bản {input.Version}; các phiên bản: {string.Join(", ", versions)}.");
            }
            if (db.Assign(entity, version, time) is { } locked) return Problems.Conflict(locked);
            if (await db.SaveOrConflictAsync(ct) is { } conflict) return conflict;
            return TypedResults.Ok(entity);
        }).Accepts<FrameworkAssignmentInput>("application/json");
}
