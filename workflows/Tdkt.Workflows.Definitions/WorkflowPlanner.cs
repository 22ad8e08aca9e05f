using Tdkt.Calendar;

namespace Tdkt.Workflows.Definitions;

/// <summary>A cluster-year expanded into dated steps and reminder instants, ready to persist as timers.</summary>
public sealed record ClusterYearPlan(string DefinitionId, int Version, int Year, IReadOnlyList<PlannedStep> Steps);

/// <param name="MissedAt">The first instant after the deadline: when escalation (onMissed) fires.</param>
public sealed record PlannedStep(
    StepDefinition Step,
    StepDue Due,
    IReadOnlyList<PlannedReminder> Reminders,
    DateTimeOffset? MissedAt);

/// <param name="WorkingDaysBefore">The offset from the definition (0 = on the due day).</param>
public sealed record PlannedReminder(int WorkingDaysBefore, DateOnly Day, DateTimeOffset At);

public sealed record PlanOptions(TimeOnly DefaultReminderTime)
{
    public static readonly PlanOptions Default = new(new TimeOnly(8, 0));
}

public static class WorkflowPlanner
{
    public static ClusterYearPlan Plan(
        WorkflowDefinition definition,
        int year,
        IReadOnlyDictionary<string, DateOnly> knownDates,
        WorkingCalendar calendar,
        PlanOptions? options = null)
    {
        options ??= PlanOptions.Default;
        var dues = DueDateCalculator.Compute(definition, year, knownDates, calendar);
        var steps = definition.Steps.Zip(dues, (step, due) => new PlannedStep(
            step,
            due,
            due.Due is { } day ? Reminders(step.Reminders, day, calendar, options) : [],
            due.Due is { } d ? VietnamTime.At(d.AddDays(1), TimeOnly.MinValue) : null));
        return new ClusterYearPlan(definition.Id, definition.Version, year, steps.ToList());
    }

    /// <summary>The reminder instants of a deadline on a given day; also used for deadlines set outside a definition (explanations).</summary>
    public static List<PlannedReminder> Reminders(ReminderPlan plan, DateOnly due, WorkingCalendar calendar, PlanOptions? options = null)
    {
        var time = plan.At ?? (options ?? PlanOptions.Default).DefaultReminderTime;
        // Two offsets can land on one day (a due day that is not a working day): remind once, with the larger offset.
        return plan.WorkingDaysBefore
            .OrderDescending()
            .Select(n => (N: n, Day: calendar.WorkingDaysBefore(due, n)))
            .DistinctBy(r => r.Day)
            .Select(r => new PlannedReminder(r.N, r.Day, VietnamTime.At(r.Day, time)))
            .OrderBy(r => r.At)
            .ToList();
    }
}
