using Microsoft.EntityFrameworkCore;
using MassTransit;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Workflows.Clusters;

public sealed class ClusterRegisteredConsumer(WorkflowsDb db, TimeProvider time) : IConsumer<ClusterRegistered>
{
    public Task Consume(ConsumeContext<ClusterRegistered> context) =>
        db.ConsumeOnceAsync(context, "workflows.cluster-registered", time,
            ct => db.RememberClusterAsync(context.Message.ClusterId, context.Message.Name, ct));
}

public static class KnownClusters
{
    /// <summary>
    /// Assigning a definition and opening a year both decide whether the year gets its instance, each reading what the
    /// other writes: run at once, each could miss the other's uncommitted row and neither would create it. Both lock the
    /// cluster's row first (PostgreSQL; SQLite has one writer), so the second one sees what the first one committed.
    /// </summary>
    public static Task LockClusterAsync(this WorkflowsDb db, string clusterId, CancellationToken ct) =>
        db.Database.IsNpgsql() ? db.Database.ExecuteSqlRawAsync(LockSql, [clusterId], ct) : Task.CompletedTask;

    // The schema is the service's constant, never input.
    private const string LockSql = "SELECT 1 FROM \"" + WorkflowsDb.SchemaName + "\".\"Clusters\" WHERE \"ClusterId\" = {0} FOR UPDATE";

    /// <summary>Adds or renames the cluster; the caller saves.</summary>
    public static async Task RememberClusterAsync(this WorkflowsDb db, string clusterId, string name, CancellationToken ct)
    {
        if (await db.Clusters.FindAsync([clusterId], ct) is { } known) known.Name = name;
        else db.Clusters.Add(new KnownCluster { ClusterId = clusterId, Name = name });
    }
}
