using Tdkt.Contracts;

namespace Tdkt.Workflows.WorkingDays;

/// <summary>The registry's calendar decisions for one year, as last announced.</summary>
public sealed class CalendarOverrideCopy
{
    public int Year { get; set; }
    public List<CalendarDay> DaysOff { get; set; } = [];
    public List<CalendarDay> WorkingDays { get; set; } = [];
    public DateTimeOffset ChangedAt { get; set; }
}
