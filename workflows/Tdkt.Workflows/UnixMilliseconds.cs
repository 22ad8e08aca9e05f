using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tdkt.Workflows;

/// <summary>An instant as UTC Unix milliseconds: ordered the same on PostgreSQL and SQLite.</summary>
public static class UnixMilliseconds
{
    public static readonly ValueConverter<DateTimeOffset, long> Converter =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
}
