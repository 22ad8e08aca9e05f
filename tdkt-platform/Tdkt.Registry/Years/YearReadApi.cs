using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Frameworks;

namespace Tdkt.Registry.Years;

/// <summary>
/// A cluster-year's setup, readable beyond administrators (YearReaders): the web pages of the head and
/// the members need the unit names and the framework they are scored with.
/// </summary>
public static class YearReadApi
{
    public static void MapYearReadApi(this RouteGroupBuilder readers)
    {
        readers.MapGet("/clusters/{clusterId}/years/{year:int}", async Task<Results<Ok<YearView>, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, RegistryDb db, CancellationToken ct) =>
        {
            var entity = await db.Years.AsNoTracking().FirstOrDefaultAsync(y => y.ClusterId == clusterId && y.Year == year, ct);
            if (entity is null) return NotFound(clusterId, year);
            if (!request.HttpContext.User.MayRead(entity)) return Problems.Forbidden(YearReaders.Refused);
            var cluster = await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == clusterId, ct);
            var elected = cluster?.NextLeadership is { } next && next.DecidedAtYear == year ? next : null;
            var names = await db.Units.AsNoTracking().Where(u => u.ClusterId == clusterId).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            UnitRef Ref(string id) => new(id, names.GetValueOrDefault(id, id));
            return TypedResults.Ok(new YearView(clusterId, cluster?.Name ?? clusterId, year, Ref(entity.HeadUnitId),
                entity.DeputyUnitId is { } deputy ? Ref(deputy) : null, entity.MemberUnitIds.Select(Ref).ToList(),
                entity.OpenedAt, entity.FrameworkId, entity.FrameworkVersion, elected));
        });

        readers.MapGet("/clusters/{clusterId}/years/{year:int}/framework", async Task<Results<Ok<YearFramework>, ProblemHttpResult>> (
            string clusterId, int year, HttpRequest request, RegistryDb db, CancellationToken ct) =>
        {
            var entity = await db.Years.AsNoTracking().FirstOrDefaultAsync(y => y.ClusterId == clusterId && y.Year == year, ct);
            if (entity is null) return NotFound(clusterId, year);
            if (!request.HttpContext.User.MayRead(entity)) return Problems.Forbidden(YearReaders.Refused);
            if (entity is not { FrameworkId: { } id, FrameworkVersion: { } version }
                || await db.FrameworkVersions.AsNoTracking().FirstOrDefaultAsync(f => f.FrameworkId == id && f.Version == version, ct) is not { } found)
                return Problems.NotFound($"Năm thi đua {year} của cụm/khối '{clusterId}' chưa được gán bảng điểm.");
            var view = FrameworkVersionView.Of(found, (await db.UsesOfAsync(id, ct))[version], withYaml: true);
            return TypedResults.Ok(new YearFramework(clusterId, year, view));
        });
    }

    private static ProblemHttpResult NotFound(string clusterId, int year) =>
        Problems.NotFound($"Không có năm thi đua {year} của cụm/khối '{clusterId}'.");
}
