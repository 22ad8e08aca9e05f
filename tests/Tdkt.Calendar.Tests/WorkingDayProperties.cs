using FsCheck;
using FsCheck.Fluent;
using Tdkt.Calendar;

namespace Tdkt.Calendar.Tests;

public class Working_day_arithmetic_properties
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Vietnam();

    private static Arbitrary<(DateOnly Day, int N)> DaysAndCounts() =>
        Arb.From(
            from day in Generators.Days(2000, 2060)
            from n in Gen.Choose(0, 60)
            select (day, n));

    [Fact]
    public void Adding_then_subtracting_N_returns_to_the_working_day_on_or_before_the_start()
    {
        Prop.ForAll(DaysAndCounts(), x =>
                Calendar.AddWorkingDays(Calendar.AddWorkingDays(x.Day, x.N), -x.N)
                == (x.N == 0 ? x.Day : Calendar.OnOrPreviousWorkingDay(x.Day)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void N_working_days_before_D_is_a_working_day_with_exactly_N_working_days_up_to_D()
    {
        Prop.ForAll(DaysAndCounts(), x =>
            {
                var deadline = Calendar.WorkingDaysBefore(x.Day, x.N);
                return Calendar.IsWorkingDay(deadline)
                       && deadline <= x.Day
                       && Calendar.CountWorkingDays(deadline.AddDays(1), x.Day) == Math.Max(0, x.N - 1);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_stretch_without_working_days_lasts_more_than_two_weeks()
    {
        // The longest break so far (Tết 2025/2026) is nine days; a gap over 14 would mean a rule bug.
        Prop.ForAll(Arb.From(Generators.Days(1950, 2150)), day =>
                Calendar.OnOrNextWorkingDay(day).DayNumber - day.DayNumber <= 14)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_year_has_the_statutory_count_of_weekday_days_off()
    {
        // 11 statutory days, each taken on a weekday (compensation moves the others): exactly 11.
        Prop.ForAll(Arb.From(Gen.Choose(1950, 2150)), year =>
                WorkingCalendar.StatutoryOnly().HolidaysIn(year).Count == 11)
            .QuickCheckThrowOnFailure();
    }
}
