namespace Tdkt.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar, computed from astronomical new moons and solar
/// terms at UTC+7. .NET's ChineseLunisolarCalendar is not used on purpose: it follows
/// China's UTC+8 and disagrees with Vietnam in some years (Tết 1985, 2007).
/// The month rules are those of Hồ Ngọc Đức's published algorithm, written anew here.
/// </summary>
public static class VietnameseLunarCalendar
{
    private const double TimeZoneHours = 7;
    private const double SynodicMonth = 29.530588853;
    private const double Epoch = 2415021.076998695; // JD of the new moon near 1900-01-01
    private const int JulianDayOfDayNumberZero = 1721426; // DateOnly.MinValue as a Julian day number

    public static DateOnly LunarNewYear(int year) => ToSolar(new LunarDate(year, 1, 1));

    /// <summary>Giỗ Tổ Hùng Vương: 10th day of the (non-leap) 3rd lunar month.</summary>
    public static DateOnly HungKingsDay(int year) => ToSolar(new LunarDate(year, 3, 10));

    public static LunarDate FromSolar(DateOnly date)
    {
        int dayNumber = JulianDay(date);
        int k = (int)Math.Floor((dayNumber - Epoch) / SynodicMonth);
        int monthStart = NewMoonDay(k + 1);
        if (monthStart > dayNumber) monthStart = NewMoonDay(k);
        int a11 = Month11(date.Year), b11 = a11, lunarYear;
        if (a11 >= monthStart) { lunarYear = date.Year; a11 = Month11(date.Year - 1); }
        else { lunarYear = date.Year + 1; b11 = Month11(date.Year + 1); }
        int day = dayNumber - monthStart + 1;
        int diff = (monthStart - a11) / 29;
        bool leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365)
        {
            int leapDiff = LeapMonthOffset(a11);
            if (diff >= leapDiff) { month = diff + 10; leap = diff == leapDiff; }
        }
        if (month > 12) month -= 12;
        if (month >= 11 && diff < 4) lunarYear -= 1;
        return new LunarDate(lunarYear, month, day, leap);
    }

    public static DateOnly ToSolar(LunarDate lunar)
    {
        var (a11, b11) = lunar.Month < 11
            ? (Month11(lunar.Year - 1), Month11(lunar.Year))
            : (Month11(lunar.Year), Month11(lunar.Year + 1));
        int k = (int)Math.Floor(0.5 + (a11 - Epoch) / SynodicMonth);
        int offset = (lunar.Month - 11 + 12) % 12;
        if (b11 - a11 > 365)
        {
            int leapOffset = LeapMonthOffset(a11);
            int leapMonth = (leapOffset - 2 + 12) % 12;
            if (lunar.IsLeapMonth && lunar.Month != leapMonth)
                throw new ArgumentException($"Year {lunar.Year} has no leap month {lunar.Month}.", nameof(lunar));
            if (lunar.IsLeapMonth || offset >= leapOffset) offset += 1;
        }
        else if (lunar.IsLeapMonth)
            throw new ArgumentException($"Year {lunar.Year} has no leap month.", nameof(lunar));
        var solar = FromJulianDay(NewMoonDay(k + offset) + lunar.Day - 1);
        // Day 30 of a 29-day month would silently become the next month's 1st.
        if (lunar.Day is < 1 or > 30 || FromSolar(solar) != lunar)
            throw new ArgumentException($"{lunar} does not exist.", nameof(lunar));
        return solar;
    }

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly FromJulianDay(int jdn) => DateOnly.FromDayNumber(jdn - JulianDayOfDayNumberZero);

    private static int NewMoonDay(int k) => (int)Math.Floor(Astronomy.NewMoon(k) + 0.5 + TimeZoneHours / 24);

    /// <summary>Index (0–11) of the 30° solar-longitude sector at the start of the local day.</summary>
    private static int SunSector(int dayNumber) =>
        (int)Math.Floor(Astronomy.SunLongitude(dayNumber - 0.5 - TimeZoneHours / 24) / Math.PI * 6);

    /// <summary>Start of the 11th lunar month (the one containing the winter solstice) before 31 Dec of the year.</summary>
    private static int Month11(int year)
    {
        int off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        int k = (int)Math.Floor(off / SynodicMonth);
        int newMoon = NewMoonDay(k);
        return SunSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>The leap month is the first month after month 11 that contains no major solar term.</summary>
    private static int LeapMonthOffset(int a11)
    {
        int k = (int)Math.Floor((a11 - Epoch) / SynodicMonth + 0.5);
        int i = 1, arc = SunSector(NewMoonDay(k + i)), last;
        do { last = arc; i++; arc = SunSector(NewMoonDay(k + i)); }
        while (arc != last && i < 14);
        return i - 1;
    }
}
