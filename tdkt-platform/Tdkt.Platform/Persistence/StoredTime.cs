namespace Tdkt.Platform.Persistence;

public static class StoredTime
{
    /// <summary>
    /// Now, at the precision PostgreSQL keeps (microseconds), so a receipt shows exactly the time
    /// that is stored and later read back.
    /// </summary>
    public static DateTimeOffset UtcNowStored(this TimeProvider time)
    {
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
