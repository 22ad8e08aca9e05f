using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Registry.Years;

public static class YearOpening
{
    /// <summary>
    /// Marks the year open and queues ClusterYearOpened in the same SaveChanges; opening twice
    /// announces nothing new. The caller saves.
    /// </summary>
    public static async Task OpenAsync(this RegistryDb db, EmulationYear year, TimeProvider time, CancellationToken ct)
    {
        if (year.OpenedAt is not null) return;
        var cluster = await db.Clusters.SingleAsync(c => c.Id == year.ClusterId, ct);
        var units = await db.Units.Where(u => year.MemberUnitIds.Contains(u.Id)).ToListAsync(ct);
        // Units added in the same unsaved import are only in the change tracker.
        units = units.Concat(db.Units.Local.Where(u => year.MemberUnitIds.Contains(u.Id))).DistinctBy(u => u.Id).ToList();
        year.OpenedAt = time.GetUtcNow();
        db.PublishViaOutbox(new ClusterYearOpened(
            cluster.Id, year.Year, cluster.Name, year.HeadUnitId, year.DeputyUnitId,
            units.OrderBy(u => year.MemberUnitIds.IndexOf(u.Id)).Select(u => new ClusterMember(u.Id, u.Name, u.Emails)).ToList(),
            year.OpenedAt.Value), time);
    }
}
