using Tdkt.Contracts;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;

namespace Tdkt.Workflows.Instances;

public static class StepDates
{
    /// <summary>Sets or moves a step's date, re-plans the year and announces it, in one transaction.</summary>
    public static async Task SetAsync(WorkflowsDb db, InstancePlanner planner, WorkflowInstance instance, ClusterYearCopy year,
        string stepId, DateOnly date, string by, TimeProvider time, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var previous = instance.KnownDates.TryGetValue(stepId, out var p) ? p : (DateOnly?)null;
        instance.KnownDates = new Dictionary<string, DateOnly>(instance.KnownDates) { [stepId] = date };
        await planner.ReplanAsync(db, instance, year, ct);
        db.PublishViaOutbox(new StepDateScheduled(instance.ClusterId, instance.Year, stepId, date, previous, by, time.GetUtcNow()), time);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Moves the year to another version of its definition and re-plans it, in one transaction. The dates
    /// set, the completed steps and the reminders already sent stay: obligations are kept by (step, unit),
    /// and a re-plan never makes a sent reminder again; pending ones move, those no step wants go.
    /// </summary>
    public static async Task MoveToVersionAsync(WorkflowsDb db, InstancePlanner planner, WorkflowInstance instance, ClusterYearCopy year,
        int version, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        instance.DefinitionVersion = version;
        await planner.ReplanAsync(db, instance, year, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
