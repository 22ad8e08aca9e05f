using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.ClusterYears;

public static class ClusterYearLookup
{
    /// <summary>
    /// The service's copy of a cluster-year to change, as FindAsync finds it (a copy this context already tracks first), but
    /// with a query EF Core caches: FindAsync built and evaluated a new key predicate on every call, about a third of the
    /// CPU intake spent on a self-assessment.
    /// </summary>
    public static async Task<ClusterYearCopy?> FindYearAsync(this ClusterYearsDb db, string clusterId, int year, CancellationToken ct = default) =>
        db.ClusterYears.Local.FindEntryUntyped([clusterId, year])?.Entity
        ?? await db.ClusterYears.FirstOrDefaultAsync(c => c.ClusterId == clusterId && c.Year == year, ct);

    /// <summary>
    /// The copy to read only, untracked: a tracked copy was snapshotted when read and compared again at every SaveChanges,
    /// each time serializing its member list, on every request that only needed to know who the members are.
    /// </summary>
    public static Task<ClusterYearCopy?> ReadYearAsync<TDb>(this TDb db, string clusterId, int year, CancellationToken ct = default)
        where TDb : ClusterYearsDb => YearRead<TDb>.Query.For(db)(db, clusterId, year, ct);

    /// <summary>Compiled: a compiled query skips EF Core's parameter extraction and cache lookup on each call.</summary>
    private static class YearRead<TDb> where TDb : ClusterYearsDb
    {
        public static readonly PerModel<Func<TDb, string, int, CancellationToken, Task<ClusterYearCopy?>>> Query = new(() => EF.CompileAsyncQuery(
            (TDb db, string clusterId, int year, CancellationToken _) =>
                db.ClusterYears.AsNoTracking().FirstOrDefault(c => c.ClusterId == clusterId && c.Year == year)));
    }
}
