namespace Tdkt.Calendar;

/// <summary>
/// Public holidays of Labour Code 2019 Art. 112(1), as days off in one calendar year,
/// before any yearly official decision (those come as <see cref="YearOverrides"/>).
/// </summary>
public static class StatutoryHolidays
{
    public static IReadOnlyList<Holiday> For(int year)
    {
        var statutory = Statutory(year).OrderBy(h => h.Date).ToList();
        var statutoryDates = statutory.Select(h => h.Date).ToHashSet();
        var taken = new List<Holiday>();
        var takenDates = new HashSet<DateOnly>();
        foreach (var holiday in statutory)
        {
            // Art. 112(3): a holiday on a weekly rest day is taken on the next working day.
            var day = holiday.Date;
            var name = holiday.Name;
            if (IsWeekend(day) || takenDates.Contains(day))
            {
                do day = day.AddDays(1);
                while (IsWeekend(day) || statutoryDates.Contains(day) || takenDates.Contains(day));
                name = $"Nghỉ bù {holiday.Name}";
            }
            taken.Add(new Holiday(day, name));
            takenDates.Add(day);
        }
        return taken.OrderBy(h => h.Date).ToList();
    }

    public static bool IsWeekend(DateOnly day) =>
        day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static IEnumerable<Holiday> Statutory(int year)
    {
        yield return new Holiday(new DateOnly(year, 1, 1), "Tết Dương lịch");
        // Five Tết days. The law leaves their placement to a yearly decision; the usual
        // pattern (assumed here, corrected by overrides) is the last day of the old
        // year plus the first four days of the new one.
        var tet = VietnameseLunarCalendar.LunarNewYear(year);
        yield return new Holiday(tet.AddDays(-1), "Tết Nguyên đán (cuối năm)");
        for (int i = 0; i < 4; i++)
            yield return new Holiday(tet.AddDays(i), $"Tết Nguyên đán (mùng {i + 1})");
        yield return new Holiday(VietnameseLunarCalendar.HungKingsDay(year), "Giỗ Tổ Hùng Vương");
        yield return new Holiday(new DateOnly(year, 4, 30), "Ngày Chiến thắng 30/4");
        yield return new Holiday(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động 1/5");
        var nationalDay = new DateOnly(year, 9, 2);
        yield return new Holiday(nationalDay, "Quốc khánh 2/9");
        yield return new Holiday(NationalDayAdjacent(nationalDay), "Quốc khánh (ngày liền kề)");
    }

    /// <summary>
    /// The law says "2 September and one adjacent day (before or after)"; the decision
    /// each year has joined it to a weekend: 3/9 when 2/9 is a Thursday (2021), 1/9
    /// otherwise (2022, 2023, 2025; in 2024 1/9 was a Sunday, so 3/9 via the weekend rule).
    /// A Wednesday 2/9 has no precedent: 1/9 is an assumption, overridable.
    /// </summary>
    private static DateOnly NationalDayAdjacent(DateOnly nationalDay) =>
        nationalDay.DayOfWeek == DayOfWeek.Thursday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);
}
