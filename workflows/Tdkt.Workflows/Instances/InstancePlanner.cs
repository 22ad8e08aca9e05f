using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.ClusterYears;
using Tdkt.Workflows.Completions;
using Tdkt.Workflows.WorkingDays;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Explanations;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows.Instances;

/// <summary>
/// Turns a cluster-year into obligations and timers, and recomputes them when a date is set or
/// moved. Saves midway (new obligations need their ids), so callers run it inside a transaction.
/// </summary>
public sealed class InstancePlanner(DefinitionCatalog catalog, CalendarProvider calendar, TimeProvider time)
{
    /// <summary>The year's instance, created on the latest published version of its cluster's definition; null when none is assigned.</summary>
    public async Task<WorkflowInstance?> InstantiateAsync(WorkflowsDb db, ClusterYearCopy year, CancellationToken ct)
    {
        var instance = await db.Instances.FindAsync([year.ClusterId, year.Year], ct);
        if (instance is null)
        {
            var assignment = await db.Assignments.FindAsync([year.ClusterId], ct);
            if (assignment is null) return null;
            var version = await db.Definitions.Where(d => d.Id == assignment.DefinitionId && d.Published)
                .OrderByDescending(d => d.Version).Select(d => (int?)d.Version).FirstOrDefaultAsync(ct);
            if (version is null) return null;
            db.Instances.Add(instance = new WorkflowInstance
            {
                ClusterId = year.ClusterId, Year = year.Year, DefinitionId = assignment.DefinitionId,
                DefinitionVersion = version.Value, CreatedAt = time.GetUtcNow(),
            });
        }
        await ReplanAsync(db, instance, year, ct);
        return instance;
    }

    /// <param name="on">A calendar not in use yet (being changed in the same transaction); the current one otherwise.</param>
    public async Task ReplanAsync(WorkflowsDb db, WorkflowInstance instance, ClusterYearCopy year, CancellationToken ct,
        Tdkt.Calendar.WorkingCalendar? on = null)
    {
        var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct)
            ?? throw new InvalidOperationException($"Definition {instance.DefinitionId} v{instance.DefinitionVersion} is missing.");
        var workingCalendar = on ?? calendar.Current;
        var plan = WorkflowPlanner.Plan(definition, instance.Year, instance.KnownDates, workingCalendar);
        instance.PlanRevision++;
        await db.LockYearPlanAsync(instance.ClusterId, instance.Year, ct);
        var timers = await db.LockYearAsync(instance.ClusterId, instance.Year, ct);
        var obligations = await EnsureObligationsAsync(db, plan, year, ct);
        // A unit may have done a step before the plan made its obligation: it is born done, without timers.
        await StepCompletion.CompleteFromReceivedAsync(db, plan, instance.ClusterId, instance.Year, obligations, ct);
        var keep = new TimerSet(db, timers);
        ApplyDues(plan, obligations);
        var now = time.GetUtcNow();
        foreach (var timer in WantedTimers(plan, obligations, now)) keep.Want(timer);
        // Explanations are the year's deadlines too: kept (and moved with a changed calendar), not removed as unplanned.
        foreach (var timer in ExplanationDeadline.Wanted(obligations, workingCalendar, now)) keep.Want(timer);
        keep.RemoveUnwanted();
        // Every caller saves after planning, in its transaction: the announcement commits with the plan.
        db.PublishViaOutbox(PlanAnnouncement.Of(instance, plan, time.GetUtcNow()), time);
    }

    /// <summary>Gives each obligation its step's deadline in the plan.</summary>
    public static void ApplyDues(ClusterYearPlan plan, IReadOnlyCollection<Obligation> obligations)
    {
        foreach (var step in plan.Steps)
            foreach (var obligation in obligations.Where(o => o.StepId == step.Step.Id))
                (obligation.DueDate, obligation.DueAt) = (step.Due.Due, step.Due.DueAt);
    }

    /// <summary>
    /// The timers the plan wants for the obligations still open; pure, so a preview can show the
    /// reminders a re-plan would leave without making them.
    /// </summary>
    public static IEnumerable<WorkflowTimer> WantedTimers(ClusterYearPlan plan, IReadOnlyCollection<Obligation> obligations, DateTimeOffset now)
    {
        foreach (var step in plan.Steps)
            foreach (var obligation in obligations.Where(o => o.StepId == step.Step.Id))
            {
                if (obligation.CompletedAt is not null || obligation.MissedAt is not null || step.Due.Due is not { } due) continue;
                // A reminder whose moment passed before the year was planned would arrive late and all at once: skip it.
                foreach (var reminder in step.Reminders.Where(r => r.At > now))
                    yield return Timer(obligation, TimerKind.Reminder, reminder.WorkingDaysBefore, due, reminder.At);
                yield return Timer(obligation, TimerKind.Missed, 0, due, step.MissedAt!.Value);
            }
    }

    private static async Task<List<Obligation>> EnsureObligationsAsync(WorkflowsDb db, ClusterYearPlan plan, ClusterYearCopy year, CancellationToken ct)
    {
        var existing = await db.Obligations.Where(o => o.ClusterId == year.ClusterId && o.Year == year.Year).ToListAsync(ct);
        var keys = existing.Select(o => (o.StepId, o.UnitId)).ToHashSet();
        foreach (var step in plan.Steps)
            foreach (var unit in Owing(step.Step.Actor, year).Where(u => keys.Add((step.Step.Id, u))))
            {
                var obligation = new Obligation { ClusterId = year.ClusterId, Year = year.Year, StepId = step.Step.Id, UnitId = unit };
                db.Obligations.Add(obligation);
                existing.Add(obligation);
            }
        await db.SaveChangesAsync(ct);
        return existing;
    }

    /// <summary>Who owes a step: every member, the leading unit, or the board.</summary>
    public static IEnumerable<string> Owing(Actor actor, ClusterYearCopy year) => actor switch
    {
        Actor.EachMember => year.Members.Select(m => m.UnitId),
        Actor.Deputy => [year.DeputyUnitId ?? year.HeadUnitId],
        Actor.Board => [Obligation.BoardRecipient],
        _ => [year.HeadUnitId],
    };

    private static WorkflowTimer Timer(Obligation o, TimerKind kind, int offset, DateOnly due, DateTimeOffset at) => new()
    {
        ClusterId = o.ClusterId, Year = o.Year, ObligationId = o.Id, Kind = kind, Offset = offset, DueDate = due, FireAt = at,
    };
}
