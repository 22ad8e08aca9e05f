using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;

namespace Tdkt.Workflows.Instances;

public static class StepDates
{
    /// <summary>Sets or moves a step's date, re-plans the year and announces it, in one transaction.</summary>
    public static Task SetAsync(WorkflowsDb db, InstancePlanner planner, WorkflowInstance instance, ClusterYearCopy year,
        string stepId, DateOnly date, string by, TimeProvider time, CancellationToken ct) =>
        ReplanOnceAsync(db, instance.ClusterId, instance.Year, ct,
            (i, y) => SetLockedAsync(db, planner, i, y, stepId, date, by, time, ct));

    /// <summary>The change <see cref="SetAsync"/> makes, on the instance <see cref="ReplanOnceAsync"/> has locked.</summary>
    internal static async Task SetLockedAsync(WorkflowsDb db, InstancePlanner planner, WorkflowInstance locked, ClusterYearCopy year,
        string stepId, DateOnly date, string by, TimeProvider time, CancellationToken ct)
    {
        var previous = locked.KnownDates.TryGetValue(stepId, out var p) ? p : (DateOnly?)null;
        locked.KnownDates = new Dictionary<string, DateOnly>(locked.KnownDates) { [stepId] = date };
        await planner.ReplanAsync(db, locked, year, ct);
        db.PublishViaOutbox(new StepDateScheduled(locked.ClusterId, locked.Year, stepId, date, previous, by, time.GetUtcNow()), time);
    }

    /// <summary>
    /// Moves the year to another version of its definition and re-plans it, in one transaction. The dates
    /// set, the completed steps and the reminders already sent stay: obligations are kept by (step, unit),
    /// and a re-plan never makes a sent reminder again; pending ones move, those no step wants go.
    /// </summary>
    public static Task MoveToVersionAsync(WorkflowsDb db, InstancePlanner planner, WorkflowInstance instance, ClusterYearCopy year,
        int version, CancellationToken ct) =>
        ReplanOnceAsync(db, instance.ClusterId, instance.Year, ct, async (i, y) =>
        {
            i.DefinitionVersion = version;
            await planner.ReplanAsync(db, i, y, ct);
        });

    /// <summary>
    /// One re-plan of a year at a time: the year's instance row is locked first (PostgreSQL; SQLite has one writer),
    /// and the change is made on the instance as it stands then. Two people moving dates at once are served one
    /// after the other instead of deadlocking on the year's timers. A re-plan by a consumer that does not lock (a
    /// calendar change re-planning every year) still raises the plan's revision, a concurrency token: the save then
    /// fails and the person's change is made again.
    /// </summary>
    internal static async Task ReplanOnceAsync(WorkflowsDb db, string clusterId, int number, CancellationToken ct,
        Func<WorkflowInstance, ClusterYearCopy, Task> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var locked = await db.LockInstanceAsync(clusterId, number, ct);
                var copy = await db.ReadYearAsync(clusterId, number, ct)
                    ?? throw new InvalidOperationException($"The cluster-year {clusterId}/{number} disappeared.");
                await change(locked, copy);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                await tx.RollbackAsync(ct);
            }
        }
    }

    private static Task<WorkflowInstance> LockInstanceAsync(this WorkflowsDb db, string clusterId, int year, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Instances.FromSqlRaw(LockSql, clusterId, year).SingleAsync(ct)
            : db.Instances.SingleAsync(i => i.ClusterId == clusterId && i.Year == year, ct);

    // The schema is the service's constant, never input.
    private const string LockSql =
        "SELECT * FROM \"" + WorkflowsDb.SchemaName + "\".\"Instances\" WHERE \"ClusterId\" = {0} AND \"Year\" = {1} FOR UPDATE";
}
