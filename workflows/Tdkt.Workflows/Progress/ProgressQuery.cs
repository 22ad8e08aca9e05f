using Microsoft.EntityFrameworkCore;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Explanations;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Timers;
using Tdkt.Workflows.WorkingDays;

namespace Tdkt.Workflows.Progress;

/// <summary>Every step of a cluster-year with its computed deadline, each owing unit's status and the reminders still to come.</summary>
public sealed class ProgressQuery(DefinitionCatalog catalog, CalendarProvider calendar, TimeProvider time)
{
    /// <param name="withDates">
    /// Known dates to report on instead of the stored ones: the report as a re-plan on them would leave
    /// the year (deadlines, statuses, reminders still to come), with nothing saved.
    /// </param>
    public async Task<ProgressReport?> GetAsync(WorkflowsDb db, string clusterId, int year, CancellationToken ct,
        IReadOnlyDictionary<string, DateOnly>? withDates = null)
    {
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.ClusterId == clusterId && i.Year == year, ct);
        var copy = await db.ClusterYears.AsNoTracking().FirstOrDefaultAsync(y => y.ClusterId == clusterId && y.Year == year, ct);
        if (instance is null || copy is null) return null;
        var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
        if (definition is null) return null;
        var knownDates = withDates ?? instance.KnownDates;
        var plan = WorkflowPlanner.Plan(definition, year, knownDates, calendar.Current);
        var obligations = await db.Obligations.AsNoTracking().Where(o => o.ClusterId == clusterId && o.Year == year).ToListAsync(ct);
        var reminders = db.Timers.AsNoTracking().Where(t => t.ClusterId == clusterId && t.Year == year && t.Kind == TimerKind.Reminder);
        // A preview needs the sent ones too, to leave them out as the re-plan would.
        var timers = await (withDates is null ? reminders.Where(t => t.FiredAt == null) : reminders).ToListAsync(ct);
        var now = time.GetUtcNow();
        var pending = withDates is null ? timers : WouldBePending(plan, obligations, timers, now);
        var steps = plan.Steps.Select(p =>
        {
            var owed = obligations.Where(o => o.StepId == p.Step.Id).OrderBy(o => o.UnitId).ToList();
            var ids = owed.ToDictionary(o => o.Id, o => o.UnitId);
            var next = NextReminders(pending, ids);
            return new StepProgress(p.Step.Id, p.Step.Title, p.Step.Actor.ToString(), p.Due.Due,
                p.Due.Due is { } d ? VietnameseText.Date(d) : null, p.Due.DueAt, p.Due.Scheduled, p.Due.NotDatedReason,
                owed.Select(o => Unit(o, copy, now)).ToList(), next, p.Due.RuleDue);
        }).ToList();
        var unsent = timers.Where(t => t.FiredAt == null).ToList();
        var explanations = await ExplanationProgress.ListAsync(db, copy, obligations, unsent, now, ct);
        return new ProgressReport(clusterId, year, instance.DefinitionId, instance.DefinitionVersion, knownDates, steps, explanations);
    }

    /// <summary>The reminders a re-plan would leave pending: those wanted, less those already sent (never sent twice).</summary>
    private static List<WorkflowTimer> WouldBePending(ClusterYearPlan plan, List<Obligation> obligations, List<WorkflowTimer> reminders,
        DateTimeOffset now)
    {
        // Not tracked: moving their deadlines in memory changes nothing stored.
        InstancePlanner.ApplyDues(plan, obligations);
        var sent = reminders.Where(t => t.FiredAt != null).Select(TimerSet.Key).ToHashSet();
        return InstancePlanner.WantedTimers(plan, obligations, now)
            .Where(t => t.Kind == TimerKind.Reminder && !sent.Contains(TimerSet.Key(t))).ToList();
    }

    /// <param name="owed">Obligation id → its unit, for the obligations of one deadline.</param>
    internal static List<NextReminder> NextReminders(IEnumerable<WorkflowTimer> pending, IReadOnlyDictionary<long, string> owed) =>
        pending.Where(t => owed.ContainsKey(t.ObligationId))
            .GroupBy(t => (t.FireAt, t.Offset)).OrderBy(g => g.Key.FireAt)
            .Select(g => new NextReminder(g.Key.FireAt, g.Key.Offset, g.Select(t => owed[t.ObligationId]).Order().ToList()))
            .ToList();

    internal static UnitProgress Unit(Obligation o, Platform.ClusterYears.ClusterYearCopy year, DateTimeOffset now)
    {
        var (status, text) = o switch
        {
            { CompletedAt: { } at } when o.DueAt is null || at <= o.DueAt => ("done-on-time", "Hoàn thành đúng hạn"),
            { CompletedAt: not null } => ("done-late", "Hoàn thành muộn"),
            { MissedAt: not null } => ("missed", "Quá hạn"),
            _ when o.DueAt is { } due && now > due => ("missed", "Quá hạn"),
            _ => ("pending", "Chưa hoàn thành"),
        };
        return new UnitProgress(o.UnitId, NoticeText.UnitName(year, o.UnitId), status, text, o.CompletedAt);
    }
}
