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

    public static WorkingCalendar Build(IEnumerable<CalendarOverrideCopy> decided)
    {
        var byYear = OfficialOverrides.All.ToDictionary(y => y.Year);
        foreach (var year in decided)
        {
            var entered = year.DaysOff.Select(d => d.Date).Concat(year.WorkingDays.Select(d => d.Date)).ToHashSet();
            var shipped = byYear.GetValueOrDefault(year.Year);
            byYear[year.Year] = new YearOverrides(
                year.Year,
                [.. Keep(shipped?.DaysOff, entered), .. year.DaysOff.Select(ToDay)],
                [.. Keep(shipped?.WorkingDays, entered), .. year.WorkingDays.Select(ToDay)]);
        }
        return new WorkingCalendar(byYear.Values);
    }

    private static IEnumerable<OverrideDay> Keep(IReadOnlyList<OverrideDay>? shipped, HashSet<DateOnly> entered) =>
        (shipped ?? []).Where(d => !entered.Contains(d.Date));

    private static OverrideDay ToDay(Contracts.CalendarDay d) => new(d.Date, d.Reason, d.Source);
}
