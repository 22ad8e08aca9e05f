using System.Globalization;
using FsCheck;
using Tdkt.Calendar;

namespace Tdkt.Calendar.Tests;

public class When_computing_the_Vietnamese_lunar_new_year
{
    // Dates of mùng 1 Tết as published in Vietnamese calendars (lịch vạn niên).
    [Theory]
    [InlineData(1985, "1985-01-21")] // Vietnam's UTC+7 new moon falls a month earlier than China's
    [InlineData(2007, "2007-02-17")] // China: 18 Feb (the new moon is just after midnight at UTC+8)
    [InlineData(2020, "2020-01-25")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void It_matches_the_published_date(int year, string expected) =>
        VietnameseLunarCalendar.LunarNewYear(year).Should().Be(DateOnly.Parse(expected, CultureInfo.InvariantCulture));

    [Fact]
    public void It_differs_from_dotnets_Chinese_calendar_in_1985()
    {
        // Why the calendar is computed here: ChineseLunisolarCalendar (UTC+8) puts Tết 1985 on 20 Feb.
        var chinese = new ChineseLunisolarCalendar();
        var chineseNewYear = DateOnly.FromDateTime(chinese.ToDateTime(1985, 1, 1, 0, 0, 0, 0));
        chineseNewYear.Should().NotBe(VietnameseLunarCalendar.LunarNewYear(1985));
    }
}

public class When_computing_Hung_Kings_day
{
    // 10th day of the 3rd lunar month, from published calendars.
    [Theory]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void It_is_the_tenth_of_the_third_month(int year, string expected) =>
        VietnameseLunarCalendar.HungKingsDay(year).Should().Be(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
}

public class When_converting_between_solar_and_lunar_dates
{
    [Fact]
    public void A_known_day_has_its_published_lunar_date()
    {
        // 16 Feb 2026 is the eve of Tết Bính Ngọ: 29th of the 12th month of Ất Tỵ (a short month).
        VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 2, 16)).Should().Be(new LunarDate(2025, 12, 29));
    }

    [Fact]
    public void The_leap_month_of_2025_is_the_sixth()
    {
        // 2025 (Ất Tỵ) has a leap 6th month starting 25 Jul 2025.
        VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 25)).Should().Be(new LunarDate(2025, 6, 1, true));
    }

    [Fact]
    public void Every_day_converts_back_to_itself()
    {
        FsCheck.Fluent.Prop.ForAll(
                FsCheck.Fluent.Arb.From(Generators.Days(1900, 2150)),
                day => VietnameseLunarCalendar.ToSolar(VietnameseLunarCalendar.FromSolar(day)) == day)
            .QuickCheckThrowOnFailure();
    }
}

public class When_a_lunar_date_does_not_exist
{
    [Fact]
    public void Day_30_of_a_short_month_is_refused()
    {
        // The 12th month of Ất Tỵ (2025) has 29 days: Tết Bính Ngọ follows its 29th (16/2/2026).
        var convert = () => VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 12, 30));
        convert.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_leap_month_the_year_does_not_have_is_refused()
    {
        var convert = () => VietnameseLunarCalendar.ToSolar(new LunarDate(2026, 3, 1, IsLeapMonth: true));
        convert.Should().Throw<ArgumentException>();
    }
}
