namespace Tdkt.Calendar;

/// <summary>
/// Low-precision new moons and solar longitudes (Meeus, as used by Hồ Ngọc Đức's
/// lunar-calendar algorithm). Accurate to minutes for 1800–2199, which is all that
/// deciding "which local day" needs, except near-midnight edge cases that the
/// published Vietnamese calendars resolve the same way.
/// </summary>
internal static class Astronomy
{
    private const double Deg = Math.PI / 180;

    /// <summary>Julian day (TT, fractional) of the k-th new moon after 1900-01-01.</summary>
    public static double NewMoon(int k)
    {
        double t = k / 1236.85, t2 = t * t, t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * Deg);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c = (0.1734 - 0.000393 * t) * Math.Sin(m * Deg) + 0.0021 * Math.Sin(2 * m * Deg)
            - 0.4068 * Math.Sin(mpr * Deg) + 0.0161 * Math.Sin(2 * mpr * Deg)
            - 0.0004 * Math.Sin(3 * mpr * Deg)
            + 0.0104 * Math.Sin(2 * f * Deg) - 0.0051 * Math.Sin((m + mpr) * Deg)
            - 0.0074 * Math.Sin((m - mpr) * Deg) + 0.0004 * Math.Sin((2 * f + m) * Deg)
            - 0.0004 * Math.Sin((2 * f - m) * Deg) - 0.0006 * Math.Sin((2 * f + mpr) * Deg)
            + 0.0010 * Math.Sin((2 * f - mpr) * Deg) + 0.0005 * Math.Sin((2 * mpr + m) * Deg);
        double deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + c - deltaT;
    }

    /// <summary>Apparent solar longitude in radians [0, 2π) at a Julian day (UT).</summary>
    public static double SunLongitude(double jd)
    {
        double t = (jd - 2451545.0) / 36525, t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(Deg * m)
            + (0.019993 - 0.000101 * t) * Math.Sin(Deg * 2 * m) + 0.000290 * Math.Sin(Deg * 3 * m);
        double l = (l0 + dl) * Deg;
        return l - 2 * Math.PI * Math.Floor(l / (2 * Math.PI));
    }
}
