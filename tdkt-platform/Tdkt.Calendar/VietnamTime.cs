namespace Tdkt.Calendar;

/// <summary>Asia/Ho_Chi_Minh time: deadlines end at 23:59:59 local time.</summary>
public static class VietnamTime
{
    public static readonly TimeOnly EndOfDay = new(23, 59, 59);

    /// <summary>
    /// The IANA zone when the host has it (Linux, recent Windows with ICU); otherwise a
    /// fixed UTC+7, which has been exact since 1975 (Vietnam keeps no daylight saving).
    /// </summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateTimeOffset EndOf(DateOnly day) => At(day, EndOfDay);

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        foreach (var id in new[] { "Asia/Ho_Chi_Minh", "SE Asia Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        }
        return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "ICT");
    }
}
