using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows.Explanations;

/// <summary>
/// An explanation's deadline in the runtime's terms: a one-off step owed by one unit, due on the date the
/// appraisal computed, reminded like a definition's step, and missed without an automatic consequence
/// (the head decides what an unanswered request means; appraisal records the miss).
/// </summary>
public static class ExplanationDeadline
{
    /// <summary>Two working days before and on the due day, at the planner's default hour.</summary>
    public static readonly ReminderPlan Reminders = new([2, 0], null);

    private const int TitleQuestionLength = 80;

    public static string Title(string? question)
    {
        var text = string.Join(' ', (question ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > TitleQuestionLength)
        {
            var cut = text.LastIndexOf(' ', TitleQuestionLength);
            text = text[..(cut > TitleQuestionLength / 2 ? cut : TitleQuestionLength)] + "…";
        }
        return "Giải trình: " + text;
    }

    /// <summary>The explanation as a step, so reminders and misses are written as a definition's step's are.</summary>
    public static StepDefinition Step(Explanation e)
    {
        var due = e.DueDate ?? throw new InvalidOperationException($"Explanation {e.RequestId} has no request yet.");
        return new StepDefinition(e.StepId, Title(e.Question), Actor.EachMember,
            new Completion(nameof(ExplanationAnswered), MatchScope.Unit, new Dictionary<string, string>()),
            new FixedDateRule(new DayMonth(due.Day, due.Month), due.Year - e.Year, Exclusive: false, Shift.None),
            Reminders, new MissPolicy(0, false, [Recipient.Unit, Recipient.Head]));
    }

    /// <summary>The timers an open explanation obligation wants: reminders still ahead, and its miss at the end of the due day.</summary>
    public static IEnumerable<WorkflowTimer> Timers(Obligation o, WorkingCalendar calendar, DateTimeOffset now)
    {
        if (o.CompletedAt is not null || o.MissedAt is not null || o.DueDate is not { } due) yield break;
        foreach (var reminder in WorkflowPlanner.Reminders(Reminders, due, calendar).Where(r => r.At > now))
            yield return Timer(o, TimerKind.Reminder, reminder.WorkingDaysBefore, due, reminder.At);
        yield return Timer(o, TimerKind.Missed, 0, due, VietnamTime.At(due.AddDays(1), TimeOnly.MinValue));
    }

    /// <summary>What a re-plan of the year keeps for its explanations (their reminders follow a changed calendar).</summary>
    public static IEnumerable<WorkflowTimer> Wanted(IEnumerable<Obligation> obligations, WorkingCalendar calendar, DateTimeOffset now) =>
        obligations.Where(o => Explanation.IsExplanation(o.StepId)).SelectMany(o => Timers(o, calendar, now));

    private static WorkflowTimer Timer(Obligation o, TimerKind kind, int offset, DateOnly due, DateTimeOffset at) => new()
    {
        ClusterId = o.ClusterId, Year = o.Year, ObligationId = o.Id, Kind = kind, Offset = offset, DueDate = due, FireAt = at,
    };
}
