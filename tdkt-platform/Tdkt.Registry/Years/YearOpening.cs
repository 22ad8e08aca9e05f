using Tdkt.Registry.Units;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Registry.Frameworks;

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
        // FindAsync also sees what the same unsaved import has just added.
        var cluster = await db.Clusters.FindAsync([year.ClusterId], ct)
            ?? throw new InvalidOperationException($"Cluster {year.ClusterId} does not exist.");
        var units = new List<MemberUnit>();
        foreach (var id in year.MemberUnitIds)
            units.Add(await db.Units.FindAsync([id], ct) ?? throw new InvalidOperationException($"Unit {id} does not exist."));
        var framework = year.FrameworkId is { } frameworkId
            ? await db.FindVersionAsync(frameworkId, year.FrameworkVersion, ct)
                ?? throw new InvalidOperationException($"Framework {frameworkId} v{year.FrameworkVersion} does not exist.")
            : null;
        // The version's text may not be corrected once a year is opened on it; raising its revision makes a
        // correction that read it before this opening fail at save time.
        if (framework is not null) framework.Revision++;
        year.OpenedAt = time.GetUtcNow();
        db.PublishViaOutbox(new ClusterYearOpened(
            cluster.Id, year.Year, cluster.Name, year.HeadUnitId, year.DeputyUnitId,
            units.Select(u => new ClusterMember(u.Id, u.Name, u.Emails)).ToList(),
            year.OpenedAt.Value, framework is null ? null : FrameworkAssignment.Announced(framework)), time);
    }
}
