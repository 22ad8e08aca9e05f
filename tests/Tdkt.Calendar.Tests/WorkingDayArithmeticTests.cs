using Tdkt.Calendar;

namespace Tdkt.Calendar.Tests;

public class When_counting_working_days_back_from_a_date
{
    private readonly WorkingCalendar _calendar = WorkingCalendar.Vietnam();

    [Fact]
    public void A_make_up_Saturday_counts_as_a_working_day()
    {
        // Back from Tue 20/1/2026: 19, 16, 15, 14, 13, 12 (six), then Sat 10/1 (make-up day) is the 7th.
        _calendar.WorkingDaysBefore(new DateOnly(2026, 1, 20), 7).Should().Be(new DateOnly(2026, 1, 10));
    }

    [Fact]
    public void The_Tet_break_is_skipped()
    {
        // Back from Mon 10/2/2025: 7, 6, 5, 4, 3 (Mon 3/2 is worked by decision), 27–31/1 off,
        // then Fri 24/1 (6th) and Thu 23/1 (7th).
        _calendar.WorkingDaysBefore(new DateOnly(2025, 2, 10), 7).Should().Be(new DateOnly(2025, 1, 23));
    }

    [Fact]
    public void It_crosses_the_year_boundary()
    {
        // Back from Mon 5/1/2026: Fri 2/1 (swapped off) and Thu 1/1 skipped; 31, 30, 29 December 2025.
        _calendar.WorkingDaysBefore(new DateOnly(2026, 1, 5), 3).Should().Be(new DateOnly(2025, 12, 29));
    }

    [Fact]
    public void Zero_days_before_a_Sunday_is_the_Friday()
    {
        _calendar.WorkingDaysBefore(new DateOnly(2025, 11, 30), 0).Should().Be(new DateOnly(2025, 11, 28));
    }
}

public class When_looking_for_the_next_working_day
{
    [Fact]
    public void After_New_Year_2026_it_is_Monday_5_January()
    {
        // Thu 1/1 holiday, Fri 2/1 swapped off, weekend: Monday 5/1/2026.
        WorkingCalendar.Vietnam().OnOrNextWorkingDay(new DateOnly(2026, 1, 1)).Should().Be(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public void A_working_day_is_its_own_next_working_day()
    {
        WorkingCalendar.Vietnam().OnOrNextWorkingDay(new DateOnly(2025, 12, 25)).Should().Be(new DateOnly(2025, 12, 25));
    }
}

public class When_overrides_contradict_each_other
{
    [Fact]
    public void The_calendar_refuses_them()
    {
        var day = new DateOnly(2030, 5, 2);
        var overrides = new YearOverrides(2030,
            [new OverrideDay(day, "nghỉ", "test")],
            [new OverrideDay(day, "làm", "test")]);
        var build = () => new WorkingCalendar([overrides]);
        build.Should().Throw<ArgumentException>();
    }
}
