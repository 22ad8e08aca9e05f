using System.Collections.Concurrent;

namespace Tdkt.Calendar;

/// <summary>
/// Vietnamese public-sector working days: Monday–Friday, minus statutory holidays
/// (with weekend compensation), with yearly official overrides applied on top.
/// Immutable and thread-safe; build one per set of overrides and share it.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, Holiday>> _statutory = new();
    private readonly Dictionary<DateOnly, OverrideDay> _daysOff = [];
    private readonly Dictionary<DateOnly, OverrideDay> _workingDays = [];

    public WorkingCalendar(IEnumerable<YearOverrides> overrides)
    {
        foreach (var year in overrides)
        {
            foreach (var day in year.DaysOff) _daysOff[day.Date] = day;
            foreach (var day in year.WorkingDays) _workingDays[day.Date] = day;
        }
        var both = _daysOff.Keys.Intersect(_workingDays.Keys).ToList();
        if (both.Count > 0)
            throw new ArgumentException($"Days both off and working: {string.Join(", ", both)}", nameof(overrides));
    }

    private static readonly Lazy<WorkingCalendar> Official = new(() => new WorkingCalendar(OfficialOverrides.All));

    /// <summary>The calendar with the official overrides shipped in tdkt-platform/calendar (one shared instance).</summary>
    public static WorkingCalendar Vietnam() => Official.Value;

    /// <summary>
    /// The official calendar with an administrator's yearly decisions on top: an entered day wins over the shipped
    /// decision for the same day; the shipped days nobody entered stay.
    /// </summary>
    public static WorkingCalendar VietnamWith(IEnumerable<YearOverrides> decided)
    {
        var byYear = OfficialOverrides.All.ToDictionary(y => y.Year);
        foreach (var year in decided)
        {
            var entered = year.DaysOff.Select(d => d.Date).Concat(year.WorkingDays.Select(d => d.Date)).ToHashSet();
            var shipped = byYear.GetValueOrDefault(year.Year);
            byYear[year.Year] = new YearOverrides(year.Year,
                [.. (shipped?.DaysOff ?? []).Where(d => !entered.Contains(d.Date)), .. year.DaysOff],
                [.. (shipped?.WorkingDays ?? []).Where(d => !entered.Contains(d.Date)), .. year.WorkingDays]);
        }
        return new WorkingCalendar(byYear.Values);
    }

    /// <summary>Statutory rules only, for tests and for years nobody has decided yet.</summary>
    public static WorkingCalendar StatutoryOnly() => new([]);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_workingDays.ContainsKey(day)) return true;
        if (_daysOff.ContainsKey(day)) return false;
        return !StatutoryHolidays.IsWeekend(day) && !StatutoryOn(day.Year).ContainsKey(day);
    }

    /// <summary>The holiday (statutory or decided) on that day, if it is one; weekends are not holidays.</summary>
    public Holiday? HolidayOn(DateOnly day)
    {
        if (_workingDays.ContainsKey(day)) return null;
        if (_daysOff.TryGetValue(day, out var off)) return new Holiday(day, off.Reason);
        return StatutoryOn(day.Year).GetValueOrDefault(day);
    }

    public IReadOnlyList<Holiday> HolidaysIn(int year)
    {
        var start = new DateOnly(year, 1, 1);
        return Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(i => HolidayOn(start.AddDays(i)))
            .OfType<Holiday>()
            .ToList();
    }

    public DateOnly OnOrNextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    public DateOnly OnOrPreviousWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day)) day = day.AddDays(-1);
        return day;
    }

    /// <summary>
    /// "N working days before D": the N-th working day counted back from D, D itself
    /// not counted. N = 0 means D itself, or the working day before it when D is not one.
    /// </summary>
    public DateOnly WorkingDaysBefore(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count == 0 ? OnOrPreviousWorkingDay(day) : AddWorkingDays(day, -count);
    }

    /// <summary>The |n|-th working day after (n &gt; 0) or before (n &lt; 0) the day, the day itself not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly day, int n)
    {
        int step = Math.Sign(n);
        for (int left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }

    /// <summary>Working days in the half-open range [from, to).</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        int count = 0;
        for (var day = from; day < to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    private IReadOnlyDictionary<DateOnly, Holiday> StatutoryOn(int year) =>
        _statutory.GetOrAdd(year, y => StatutoryHolidays.For(y).ToDictionary(h => h.Date));
}
