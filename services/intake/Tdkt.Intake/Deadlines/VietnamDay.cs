using Tdkt.Calendar;

namespace Tdkt.Intake.Deadlines;

public static class VietnamDay
{
    /// <summary>The day an instant falls on in Vietnam, the day deadlines and receipts are written with.</summary>
    public static DateOnly Of(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, VietnamTime.Zone).DateTime);

    public static string Text(DateTimeOffset at) => VietnameseDate.Short(Of(at));
}
