using System.Globalization;

namespace Tdkt.Web.Components;

/// <summary>Dates, times and names as Vietnamese users read them: dd/MM/yyyy, and every deadline with its weekday.</summary>
public static class Vn
{
    private static readonly TimeZoneInfo Vietnam = FindVietnam();

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

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Thứ Sáu, 13/01/2023": how a deadline is written.</summary>
    public static string Deadline(DateOnly day) => $"{Weekday(day)}, {Date(day)}";

    public static string Deadline(DateOnly? day) => day is { } d ? Deadline(d) : "chưa xác định";

    /// <summary>A moment in Vietnam's time: "26/12/2022 14:05".</summary>
    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? at) => at is { } a ? Time(a) : "";

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));

    public static string Role(string? role) => role switch
    {
        "admin" => "Quản trị hệ thống",
        "board" => "Ban Thi đua – Khen thưởng",
        "head" => "Cụm trưởng",
        "unit" => "Đơn vị thành viên",
        _ => "Chưa xác định vai trò",
    };

    public static string Status(string? status) => status switch
    {
        "done-on-time" => "Đã nộp đúng hạn",
        "done-late" => "Nộp muộn",
        "missed" => "Quá hạn, chưa nộp",
        "pending" => "Chưa đến hạn",
        _ => status ?? "",
    };

    private static TimeZoneInfo FindVietnam()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }
}
