namespace Tdkt.Contracts;

/// <summary>
/// An administrator set a year's calendar decisions: extra days off and make-up working days.
/// The lists replace whatever the registry held for that year before.
/// </summary>
public record CalendarOverridesChanged(
    int Year,
    IReadOnlyList<CalendarDay> DaysOff,
    IReadOnlyList<CalendarDay> WorkingDays,
    DateTimeOffset ChangedAt);
