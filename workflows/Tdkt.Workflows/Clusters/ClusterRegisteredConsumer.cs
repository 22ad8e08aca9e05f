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
    /// <summary>Adds or renames the cluster; the caller saves.</summary>
    public static async Task RememberClusterAsync(this WorkflowsDb db, string clusterId, string name, CancellationToken ct)
    {
        if (await db.Clusters.FindAsync([clusterId], ct) is { } known) known.Name = name;
        else db.Clusters.Add(new KnownCluster { ClusterId = clusterId, Name = name });
    }
}
