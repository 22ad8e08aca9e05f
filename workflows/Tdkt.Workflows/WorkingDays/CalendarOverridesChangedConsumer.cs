using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;
using Tdkt.Workflows.Instances;

namespace Tdkt.Workflows.WorkingDays;

/// <summary>
/// Keeps the registry's yearly calendar decisions, rebuilds the working calendar and re-plans the
/// cluster-years whose deadlines can fall in that year (a year's summary is held early the next year).
/// </summary>
public sealed class CalendarOverridesChangedConsumer(WorkflowsDb db, CalendarProvider calendar, InstancePlanner planner, TimeProvider time)
    : IConsumer<CalendarOverridesChanged>
{
    public async Task Consume(ConsumeContext<CalendarOverridesChanged> context)
    {
        await using var tx = await db.Database.BeginTransactionAsync(context.CancellationToken);
        Tdkt.Calendar.WorkingCalendar? rebuilt = null;
        await db.ConsumeOnceAsync(context, "workflows.calendar-overrides-changed", time, async ct =>
        {
            var m = context.Message;
            var copy = await db.CalendarOverrides.FindAsync([m.Year], ct);
            if (copy is null) db.CalendarOverrides.Add(copy = new CalendarOverrideCopy { Year = m.Year });
            copy.DaysOff = [.. m.DaysOff];
            copy.WorkingDays = [.. m.WorkingDays];
            copy.ChangedAt = m.ChangedAt;
            var all = await db.CalendarOverrides.Where(c => c.Year != m.Year).ToListAsync(ct);
            rebuilt = CalendarProvider.Build([.. all, copy]);
            foreach (var instance in await db.Instances.Where(i => i.Year == m.Year || i.Year == m.Year - 1).ToListAsync(ct))
                if (await db.FindYearAsync(instance.ClusterId, instance.Year, ct) is { } year)
                    await planner.ReplanAsync(db, instance, year, ct, rebuilt);
        });
        await tx.CommitAsync(context.CancellationToken);
        // Only now: deadlines read from the calendar must match the timers that are committed.
        if (rebuilt is not null) calendar.Use(rebuilt);
    }
}
