using Tdkt.Calendar;

namespace Tdkt.Workflows.WorkingDays;

/// <summary>
/// The working calendar deadlines are computed on: the shipped official decisions, with the
/// registry's yearly decisions on top (an administrator's entry for a day wins over the shipped one).
/// </summary>
public sealed class CalendarProvider
{
    private volatile WorkingCalendar _current = WorkingCalendar.Vietnam();

    public WorkingCalendar Current => _current;

    public void Rebuild(IEnumerable<CalendarOverrideCopy> decided) => _current = Build(decided);

    /// <summary>Replaces the calendar once what it was built from is committed.</summary>
    public void Use(WorkingCalendar calendar) => _current = calendar;

    public static WorkingCalendar Build(IEnumerable<CalendarOverrideCopy> decided) =>
        WorkingCalendar.VietnamWith(decided.Select(y => new YearOverrides(y.Year, y.DaysOff.Select(ToDay).ToList(), y.WorkingDays.Select(ToDay).ToList())));

    private static OverrideDay ToDay(Contracts.CalendarDay d) => new(d.Date, d.Reason, d.Source);
}
