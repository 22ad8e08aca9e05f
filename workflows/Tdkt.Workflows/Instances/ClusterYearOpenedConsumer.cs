using MassTransit;
using Tdkt.Contracts;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;
using Tdkt.Workflows.Clusters;

namespace Tdkt.Workflows.Instances;

/// <summary>
/// Keeps the copy of the cluster-year (members, head, e-mail addresses) and, in the same
/// transaction, instantiates its workflow, so the timers never exist without the addresses they need.
/// A later announcement of the same year adds obligations for new members and re-plans.
/// </summary>
public sealed class ClusterYearOpenedConsumer(WorkflowsDb db, InstancePlanner planner, TimeProvider time) : IConsumer<ClusterYearOpened>
{
    public async Task Consume(ConsumeContext<ClusterYearOpened> context)
    {
        await using var tx = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await db.ConsumeOnceAsync(context, "workflows.cluster-year-opened", time, async ct =>
        {
            var m = context.Message;
            var copy = await db.FindYearAsync(m.ClusterId, m.Year, ct);
            if (copy is null)
                db.ClusterYears.Add(copy = new ClusterYearCopy { ClusterId = m.ClusterId, Year = m.Year, ClusterName = "", HeadUnitId = "" });
            copy.ClusterName = m.ClusterName;
            copy.HeadUnitId = m.HeadUnitId;
            copy.DeputyUnitId = m.DeputyUnitId;
            copy.Members = [.. m.Members];
            copy.OpenedAt = m.OpenedAt;
            if (m.Framework is { } f) copy.Assign(f);
            await db.RememberClusterAsync(m.ClusterId, m.ClusterName, ct);
            await db.LockClusterAsync(m.ClusterId, ct);
            await planner.InstantiateAsync(db, copy, ct);
        });
        await tx.CommitAsync(context.CancellationToken);
    }
}
