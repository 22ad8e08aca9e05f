using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Tdkt.Workflows.Definitions;

/// <summary>Reads a step's <c>due:</c> block. Relative anchors are checked later, once all step ids are known.</summary>
internal sealed partial class DueRuleParser(YamlReader reader)
{
    private static readonly string[] Kinds = ["date", "beforeDate", "quarter", "month", "from", "before", "after"];

    public DueRule? Parse(YamlNode? node, string path, Action<string, string> anchorSeen)
    {
        var map = reader.Mapping(node, path);
        if (map is null) return null;
        reader.AllowOnly(map, path, [.. Kinds, "to", "yearOffset", "workingDays", "days", "shift"]);
        var kinds = Kinds.Where(k => YamlReader.Has(map, k)).ToList();
        if (kinds.Count != 1)
        {
            reader.Error(path, $"phải chọn đúng một kiểu hạn trong: {string.Join(", ", Kinds)} (đang có {kinds.Count})");
            return null;
        }
        var explicitShift = reader.Choice(YamlReader.Get(map, "shift"), YamlReader.Join(path, "shift"), Names.Shift, required: false);
        var kind = kinds[0];
        if (kind is "before" or "after") return Relative(map, path, kind, explicitShift, anchorSeen);
        foreach (var key in new[] { "workingDays", "days" }.Where(k => YamlReader.Has(map, k)))
            reader.Error(YamlReader.Join(path, key), "chỉ dùng với before hoặc after");
        if (kind != "from" && YamlReader.Has(map, "to")) reader.Error(YamlReader.Join(path, "to"), "chỉ dùng cùng với from");
        int yearOffset = reader.Int(map, path, "yearOffset", -1, 2) ?? 0;
        return kind switch
        {
            "date" => Fixed(map, path, "date", yearOffset, false, explicitShift ?? Shift.Next),
            // "Before 30 July" must not be pushed onto 30 July: shift back by default.
            "beforeDate" => Fixed(map, path, "beforeDate", yearOffset, true, explicitShift ?? Shift.Previous),
            // A period has to be met inside the period: a closing weekend pulls the deadline back.
            "quarter" => Quarter(map, path, yearOffset, explicitShift ?? Shift.Previous),
            "month" => Month(map, path, yearOffset, explicitShift ?? Shift.Previous),
            _ => Window(map, path, yearOffset, explicitShift ?? Shift.Previous),
        };
    }

    private FixedDateRule? Fixed(YamlMappingNode map, string path, string key, int yearOffset, bool exclusive, Shift shift)
    {
        var date = DayMonthAt(map, path, key);
        return date is null ? null : new FixedDateRule(date.Value, yearOffset, exclusive, shift);
    }

    private WindowRule? Quarter(YamlMappingNode map, string path, int yearOffset, Shift shift)
    {
        var quarter = reader.Int(map, path, "quarter", 1, 4, required: true);
        if (quarter is null) return null;
        int lastMonth = quarter.Value * 3;
        return new WindowRule(new DayMonth(1, lastMonth - 2), new DayMonth(lastMonth is 3 or 12 ? 31 : 30, lastMonth), yearOffset, shift);
    }

    private WindowRule? Month(YamlMappingNode map, string path, int yearOffset, Shift shift)
    {
        var month = reader.Int(map, path, "month", 1, 12, required: true);
        if (month is null) return null;
        // February is given 28 days: a February window ends on the 28th even in leap years.
        int last = DateTime.DaysInMonth(2001, month.Value);
        return new WindowRule(new DayMonth(1, month.Value), new DayMonth(last, month.Value), yearOffset, shift);
    }

    private WindowRule? Window(YamlMappingNode map, string path, int yearOffset, Shift shift)
    {
        var from = DayMonthAt(map, path, "from");
        var to = DayMonthAt(map, path, "to");
        return from is null || to is null ? null : new WindowRule(from.Value, to.Value, yearOffset, shift);
    }

    private RelativeRule? Relative(YamlMappingNode map, string path, string kind, Shift? explicitShift, Action<string, string> anchorSeen)
    {
        if (YamlReader.Has(map, "yearOffset"))
            reader.Error(YamlReader.Join(path, "yearOffset"), "không dùng với before/after: năm lấy theo ngày của bước mốc");
        var anchor = reader.Text(map, path, kind);
        if (anchor is not null) anchorSeen(YamlReader.Join(path, kind), anchor);
        bool hasWorking = YamlReader.Has(map, "workingDays"), hasDays = YamlReader.Has(map, "days");
        if (hasWorking == hasDays)
        {
            reader.Error(path, "cần đúng một trong workingDays (ngày làm việc) hoặc days (ngày lịch)");
            return null;
        }
        var amount = reader.Int(map, path, hasWorking ? "workingDays" : "days", 0, 366);
        if (anchor is null || amount is null) return null;
        var direction = kind == "before" ? Direction.Before : Direction.After;
        // "At least N days before" cannot be pushed later; "N days after" can wait for the next working day.
        var shift = explicitShift ?? (direction == Direction.Before ? Shift.Previous : Shift.Next);
        return new RelativeRule(anchor, direction, amount.Value, hasWorking, shift);
    }

    private DayMonth? DayMonthAt(YamlMappingNode map, string path, string key)
    {
        var text = reader.Text(map, path, key);
        if (text is null) return null;
        var match = DayMonthPattern().Match(text);
        if (match.Success)
        {
            int day = int.Parse(match.Groups[1].Value), month = int.Parse(match.Groups[2].Value);
            // 29/02 is refused: a yearly deadline must exist every year.
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2001, month))
                return new DayMonth(day, month);
        }
        reader.Error(YamlReader.Join(path, key), $"ngày '{text}' không hợp lệ (định dạng dd/MM, ví dụ 30/07)");
        return null;
    }

    [GeneratedRegex(@"\A(\d{1,2})/(\d{1,2})\z")]
    private static partial Regex DayMonthPattern();
}
