using System.Globalization;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Calendar;

/// <param name="Date">dd/MM/yyyy.</param>
/// <param name="Source">The decision it comes from, e.g. "Thông báo 6150/TB-LĐTBXH".</param>
public sealed record CalendarDayInput(string? Date, string? Reason, string? Source);

/// <summary>A year's decisions, replacing what was entered for that year before.</summary>
public sealed record CalendarInput(List<CalendarDayInput?>? DaysOff, List<CalendarDayInput?>? WorkingDays)
{
    public List<CalendarOverride> Validate(Validation v, int year)
    {
        v.Check(IsYear(year), "year", YearRule);
        var days = new List<CalendarOverride>();
        Read(v, year, "daysOff", DaysOff, CalendarOverride.DayOff, days);
        Read(v, year, "workingDays", WorkingDays, CalendarOverride.WorkingDay, days);
        return days;
    }

    public const string YearRule = "Năm phải từ 2000 đến 2100.";

    public static bool IsYear(int year) => year is >= 2000 and <= 2100;

    private static void Read(Validation v, int year, string field, List<CalendarDayInput?>? input, string kind, List<CalendarOverride> days)
    {
        // A year has at most 366 days to decide on.
        v.Items(field, input, "danh sách ngày", 366);
        for (var i = 0; i < (input?.Count is <= 366 ? input.Count : 0); i++)
        {
            if (input![i] is not { } day) continue;
            var path = $"{field}[{i}]";
            v.Text($"{path}.reason", day.Reason, "Lý do", Limits.Name);
            v.OptionalText($"{path}.source", day.Source, "Căn cứ", Limits.Reference);
            if (!DateOnly.TryParseExact(day.Date?.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                v.Add($"{path}.date", "Ngày phải có dạng dd/MM/yyyy, ví dụ 02/01/2026.");
                continue;
            }
            if (date.Year != year) { v.Add($"{path}.date", $"Ngày {date:dd/MM/yyyy} không thuộc năm {year}."); continue; }
            if (days.Any(d => d.Date == date)) { v.Add($"{path}.date", $"Ngày {date:dd/MM/yyyy} đã được khai báo."); continue; }
            days.Add(new CalendarOverride { Date = date, Year = year, Kind = kind, Reason = day.Reason?.Trim() ?? "", Source = day.Source?.Trim() ?? "" });
        }
    }
}
