using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tdkt.Registry.Calendar;

/// <summary>
/// One day of a year's official calendar decision: an extra day off (bridge day, Tết layout) or a
/// day that becomes a working day (make-up Saturday). Keyed by the date: a day is one or the other.
/// </summary>
public sealed class CalendarOverride
{
    public const string DayOff = "day-off";
    public const string WorkingDay = "working-day";

    public DateOnly Date { get; set; }
    public int Year { get; set; }
    public required string Kind { get; set; }
    public required string Reason { get; set; }
    public required string Source { get; set; }
}

public sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverride>
{
    public void Configure(EntityTypeBuilder<CalendarOverride> e)
    {
        e.ToTable("CalendarOverrides").HasKey(c => c.Date);
        e.HasIndex(c => c.Year);
    }
}
