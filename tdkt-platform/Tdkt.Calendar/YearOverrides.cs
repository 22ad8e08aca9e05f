namespace Tdkt.Calendar;

/// <summary>
/// One year's official decisions on top of the statutory rules: extra days off
/// (bridge days, the exact Tết layout) and days that become working days (make-up
/// Saturdays, or a computed compensatory day that the decision moved elsewhere).
/// </summary>
public sealed record YearOverrides(
    int Year,
    IReadOnlyList<OverrideDay> DaysOff,
    IReadOnlyList<OverrideDay> WorkingDays);

/// <param name="Reason">Shown to users (Vietnamese).</param>
/// <param name="Source">The decision this comes from, or why it is assumed.</param>
public sealed record OverrideDay(DateOnly Date, string Reason, string Source);
