using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Appraisal.WorkingDays;

/// <summary>
/// The registry's calendar decisions for one year, as last announced: appraisal counts working days (explanation
/// due dates, objection windows) on the same calendar as the workflows runtime that sends the reminders.
/// </summary>
public sealed class CalendarDecision
{
    public int Year { get; set; }
    public List<CalendarDay> DaysOff { get; set; } = [];
    public List<CalendarDay> WorkingDays { get; set; } = [];
    public DateTimeOffset ChangedAt { get; set; }
}

public sealed class CalendarOverridesChangedConsumer(AppraisalDb db, TimeProvider time) : IConsumer<CalendarOverridesChanged>
{
    public Task Consume(ConsumeContext<CalendarOverridesChanged> context) =>
        db.ConsumeOnceAsync(context, "appraisal.calendar-overrides-changed", time, async ct =>
        {
            var m = context.Message;
            var copy = await db.CalendarDecisions.FindAsync([m.Year], ct);
            if (copy is null) db.CalendarDecisions.Add(copy = new CalendarDecision { Year = m.Year });
            // A decision announced before the one kept must not undo it.
            if (copy.ChangedAt > m.ChangedAt) return;
            (copy.DaysOff, copy.WorkingDays, copy.ChangedAt) = ([.. m.DaysOff], [.. m.WorkingDays], m.ChangedAt);
        });
}

public static class AppraisalCalendar
{
    /// <summary>The official calendar with the decisions appraisal has received; a few rows, read when a due date is set.</summary>
    public static async Task<WorkingCalendar> WorkingCalendarAsync(this AppraisalDb db, CancellationToken ct) =>
        WorkingCalendar.VietnamWith((await db.CalendarDecisions.AsNoTracking().ToListAsync(ct)).Select(d => new YearOverrides(d.Year,
            d.DaysOff.Select(x => new OverrideDay(x.Date, x.Reason, x.Source)).ToList(),
            d.WorkingDays.Select(x => new OverrideDay(x.Date, x.Reason, x.Source)).ToList())));
}
