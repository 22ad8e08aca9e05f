using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;
using Tdkt.Scoring.Model;

namespace Tdkt.Registry.Frameworks;

public static class FrameworkStore
{
    /// <summary>Stores the framework as the next version of its id and saves.</summary>
    public static async Task<FrameworkVersion> AddNextVersionAsync(this RegistryDb db, Framework framework, string yaml,
        TimeProvider time, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var latest = await db.FrameworkVersions.Where(f => f.FrameworkId == framework.Id).MaxAsync(f => (int?)f.Version, ct) ?? 0;
            var version = new FrameworkVersion
            {
                FrameworkId = framework.Id, Version = latest + 1, Name = framework.Name, Yaml = yaml, CreatedAt = time.UtcNowStored(),
            };
            db.FrameworkVersions.Add(version);
            try
            {
                await db.SaveChangesAsync(ct);
                return version;
            }
            // Two uploads of the same id at once both chose the same number: the primary key refused one; it takes the next.
            catch (DbUpdateException e) when (attempt < 3 && !e.IsDatabaseUnavailable())
            {
                db.Entry(version).State = EntityState.Detached;
            }
        }
    }

    /// <summary>The cluster-years each version of a framework is assigned to (every version has an entry, maybe empty).</summary>
    public static async Task<ILookup<int, FrameworkUse>> UsesOfAsync(this RegistryDb db, string frameworkId, CancellationToken ct) =>
        (await db.Years.Where(y => y.FrameworkId == frameworkId)
            .Select(y => new { y.FrameworkVersion, Use = new FrameworkUse(y.ClusterId, y.Year, y.OpenedAt != null) })
            .ToListAsync(ct))
        .OrderBy(u => u.Use.ClusterId).ThenBy(u => u.Use.Year)
        .ToLookup(u => u.FrameworkVersion!.Value, u => u.Use);
}
