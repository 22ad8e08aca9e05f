using System.Globalization;
using Tdkt.Calendar;

namespace Tdkt.Web.Components;

/// <summary>Dates, times and names as Vietnamese users read them: dd/MM/yyyy, and every deadline with its weekday.</summary>
public static class Vn
{
    public static string Weekday(DateOnly day) => VietnameseDate.Weekday(day);

    public static string Date(DateOnly day) => VietnameseDate.Short(day);

    /// <summary>"Thứ Sáu, 13/01/2023": how a deadline is written.</summary>
    public static string Deadline(DateOnly day) => VietnameseDate.WithWeekday(day);

    public static string Deadline(DateOnly? day) => day is { } d ? Deadline(d) : "chưa xác định";

    /// <summary>A moment in Vietnam's time: "26/12/2022 14:05".</summary>
    public static string Time(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, VietnamTime.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

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
}
