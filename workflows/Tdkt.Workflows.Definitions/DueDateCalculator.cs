using Tdkt.Calendar;

namespace Tdkt.Workflows.Definitions;

/// <summary>
/// Deadlines as a pure function of definition + emulation year + the dates the cluster
/// has set + the calendar. Call it again whenever a date is set or moved.
/// </summary>
public static class DueDateCalculator
{
    /// <param name="year">The emulation year (for school blocks, the school year's first year).</param>
    /// <param name="knownDates">Dates set for steps, by step id (e.g. "summary-conference" → the conference day).</param>
    public static IReadOnlyList<StepDue> Compute(
        WorkflowDefinition definition,
        int year,
        IReadOnlyDictionary<string, DateOnly> knownDates,
        WorkingCalendar calendar) =>
        definition.Steps.Select(step => Compute(definition, step, year, knownDates, calendar)).ToList();

    private static StepDue Compute(
        WorkflowDefinition definition, StepDefinition step, int year,
        IReadOnlyDictionary<string, DateOnly> knownDates, WorkingCalendar calendar)
    {
        var byRule = ByRule(definition, step, year, knownDates, calendar);
        // A date the cluster set is the day the step happens, so it is due that day (reminders, miss and
        // on-time status follow it); the rule's own deadline stays, to tell when the date breaks it.
        return knownDates.TryGetValue(step.Id, out var set)
            ? byRule with { Due = set, DueAt = VietnamTime.EndOf(set), Scheduled = set, NotDatedReason = null, RuleDue = byRule.Due }
            : byRule;
    }

    private static StepDue ByRule(
        WorkflowDefinition definition, StepDefinition step, int year,
        IReadOnlyDictionary<string, DateOnly> knownDates, WorkingCalendar calendar)
    {
        switch (step.Due)
        {
            case FixedDateRule rule:
            {
                var day = rule.Date.In(year + rule.YearOffset);
                return Dated(step, null, Shifted(rule.Exclusive ? day.AddDays(-1) : day, rule.Shift, calendar));
            }
            case WindowRule rule:
            {
                var from = rule.From.In(year + rule.YearOffset);
                var to = rule.To.In(year + rule.YearOffset);
                if (to < from) to = to.AddYears(1); // e.g. from 01/12 to 31/01
                return Dated(step, from, Shifted(to, rule.Shift, calendar));
            }
            case RelativeRule rule when knownDates.TryGetValue(rule.AnchorStep, out var anchor):
                return Dated(step, null, Relative(rule, anchor, calendar));
            case RelativeRule rule:
                var anchorTitle = definition.Step(rule.AnchorStep)?.Title ?? rule.AnchorStep;
                return new StepDue(step.Id, null, null, null, null, $"Chưa có hạn: chưa ấn định ngày «{anchorTitle}».");
            default:
                throw new NotSupportedException(step.Due.GetType().Name);
        }
    }

    private static DateOnly Relative(RelativeRule rule, DateOnly anchor, WorkingCalendar calendar)
    {
        if (rule.WorkingDays)
        {
            return rule.Direction == Direction.Before
                ? calendar.WorkingDaysBefore(anchor, rule.Amount)
                : rule.Amount == 0 ? calendar.OnOrNextWorkingDay(anchor) : calendar.AddWorkingDays(anchor, rule.Amount);
        }
        var day = anchor.AddDays(rule.Direction == Direction.Before ? -rule.Amount : rule.Amount);
        return Shifted(day, rule.Shift, calendar);
    }

    private static DateOnly Shifted(DateOnly day, Shift shift, WorkingCalendar calendar) => shift switch
    {
        Shift.Next => calendar.OnOrNextWorkingDay(day),
        Shift.Previous => calendar.OnOrPreviousWorkingDay(day),
        _ => day,
    };

    private static StepDue Dated(StepDefinition step, DateOnly? opens, DateOnly due) =>
        new(step.Id, opens, due, VietnamTime.EndOf(due), null, null);
}
