using Tdkt.Calendar;

namespace Tdkt.Calendar.Tests;

public class When_a_holiday_falls_on_a_Sunday
{
    private readonly WorkingCalendar _calendar = WorkingCalendar.StatutoryOnly();

    [Fact]
    public void It_is_taken_on_the_Monday()
    {
        // Hùng Kings' day 2026 is Sunday 26 April; the press reported Monday 27 April off.
        _calendar.IsWorkingDay(new DateOnly(2026, 4, 27)).Should().BeFalse();
        _calendar.HolidayOn(new DateOnly(2026, 4, 27))!.Name.Should().Contain("Giỗ Tổ Hùng Vương");
    }

    [Fact]
    public void New_Year_on_a_Sunday_gives_Monday_2_January_off()
    {
        // 1 Jan 2023 was a Sunday; 2 Jan 2023 was the compensatory day.
        _calendar.IsWorkingDay(new DateOnly(2023, 1, 2)).Should().BeFalse();
        _calendar.IsWorkingDay(new DateOnly(2023, 1, 3)).Should().BeTrue();
    }
}

public class When_National_Day_falls_on_a_Saturday
{
    [Fact]
    public void Friday_1_September_and_Monday_4_September_are_off()
    {
        // 2023: the break was Fri 1/9 (adjacent day) – Mon 4/9 (compensation for Sat 2/9).
        var calendar = WorkingCalendar.StatutoryOnly();
        calendar.IsWorkingDay(new DateOnly(2023, 9, 1)).Should().BeFalse();
        calendar.IsWorkingDay(new DateOnly(2023, 9, 4)).Should().BeFalse();
        calendar.IsWorkingDay(new DateOnly(2023, 9, 5)).Should().BeTrue();
    }
}

public class When_National_Day_falls_on_a_Monday
{
    [Fact]
    public void The_adjacent_day_is_Tuesday_3_September()
    {
        // 2024: 1/9 was a Sunday, so the break was Sat 31/8 – Tue 3/9.
        var calendar = WorkingCalendar.StatutoryOnly();
        calendar.IsWorkingDay(new DateOnly(2024, 9, 3)).Should().BeFalse();
        calendar.IsWorkingDay(new DateOnly(2024, 9, 4)).Should().BeTrue();
    }
}

public class When_Tet_2026_comes
{
    [Fact]
    public void Monday_16_to_Friday_20_February_are_off_and_the_23rd_is_worked()
    {
        // Approved break: Sat 14/2 – Sun 22/2/2026: the five statutory days are all weekdays.
        var calendar = WorkingCalendar.Vietnam();
        for (var day = new DateOnly(2026, 2, 16); day <= new DateOnly(2026, 2, 20); day = day.AddDays(1))
            calendar.IsWorkingDay(day).Should().BeFalse(day.ToString());
        calendar.IsWorkingDay(new DateOnly(2026, 2, 13)).Should().BeTrue();
        calendar.IsWorkingDay(new DateOnly(2026, 2, 23)).Should().BeTrue();
    }
}

public class When_the_2025_official_decisions_apply
{
    private readonly WorkingCalendar _calendar = WorkingCalendar.Vietnam();

    [Fact]
    public void The_Tet_break_is_27_to_31_January_and_3_February_is_worked()
    {
        // Statutory rules alone would give 28/1–31/1 plus Monday 3/2 (for Saturday 1/2);
        // the decision moved that day to Monday 27/1 (break 25/1–2/2/2025).
        for (var day = new DateOnly(2025, 1, 27); day <= new DateOnly(2025, 1, 31); day = day.AddDays(1))
            _calendar.IsWorkingDay(day).Should().BeFalse(day.ToString());
        _calendar.IsWorkingDay(new DateOnly(2025, 2, 3)).Should().BeTrue();
        WorkingCalendar.StatutoryOnly().IsWorkingDay(new DateOnly(2025, 2, 3)).Should().BeFalse();
    }

    [Fact]
    public void Friday_2_May_is_off_and_Saturday_26_April_is_worked()
    {
        _calendar.IsWorkingDay(new DateOnly(2025, 5, 2)).Should().BeFalse();
        _calendar.IsWorkingDay(new DateOnly(2025, 4, 26)).Should().BeTrue();
    }

    [Fact]
    public void National_Day_takes_Monday_1_and_Tuesday_2_September()
    {
        _calendar.IsWorkingDay(new DateOnly(2025, 9, 1)).Should().BeFalse();
        _calendar.IsWorkingDay(new DateOnly(2025, 9, 2)).Should().BeFalse();
        _calendar.IsWorkingDay(new DateOnly(2025, 9, 3)).Should().BeTrue();
    }

    [Fact]
    public void The_year_has_twelve_days_off_besides_weekends()
    {
        // 1/1; 27–31/1; 7/4; 30/4; 1/5; 2/5 (swap); 1/9; 2/9 = 1+5+1+2+1+2 = 12.
        _calendar.HolidaysIn(2025).Select(h => h.Date).Should().Equal(
            new DateOnly(2025, 1, 1),
            new DateOnly(2025, 1, 27), new DateOnly(2025, 1, 28), new DateOnly(2025, 1, 29),
            new DateOnly(2025, 1, 30), new DateOnly(2025, 1, 31),
            new DateOnly(2025, 4, 7), new DateOnly(2025, 4, 30), new DateOnly(2025, 5, 1),
            new DateOnly(2025, 5, 2), new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 2));
    }
}

public class When_the_2026_New_Year_swap_applies
{
    [Fact]
    public void Friday_2_January_is_off_and_Saturday_10_January_is_worked()
    {
        var calendar = WorkingCalendar.Vietnam();
        calendar.IsWorkingDay(new DateOnly(2026, 1, 2)).Should().BeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 1, 10)).Should().BeTrue();
        calendar.IsWorkingDay(new DateOnly(2026, 1, 17)).Should().BeFalse();
    }
}
