using System.Globalization;

namespace Tdkt.Calendar;

/// <summary>Dates as Vietnamese users read them: dd/MM/yyyy, a deadline with its weekday.</summary>
public static class VietnameseDate
{
    public static string Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public static string Short(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Thứ Hai, 26/12/2022".</summary>
    public static string WithWeekday(DateOnly day) => $"{Weekday(day)}, {Short(day)}";
}
