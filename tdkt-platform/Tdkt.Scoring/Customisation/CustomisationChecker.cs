using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Customisation;

/// <summary>
/// Checks a cluster's framework against the base it was customised from, by the base's rule:
/// BK may replace or add at most a share (20 %) of the criteria of the listed groups; YT may detail or add
/// criteria in the listed groups without changing each group's total. Other groups must stay as they are.
/// </summary>
public static class CustomisationChecker
{
    public static IReadOnlyList<ValidationError> Check(Framework baseFramework, Framework custom)
    {
        var errors = new Errors();
        var rule = baseFramework.Customisation;
        if (custom.Scale != baseFramework.Scale)
            errors.Add("scale", $"Thang điểm {Num.F(custom.Scale)} khác khung {Num.F(baseFramework.Scale)}");
        foreach (var g in baseFramework.Groups.Where(g => custom.Groups.All(c => c.Id != g.Id)))
            errors.Add($"groups[{g.Id}]", $"Thiếu nội dung «{g.Name}» của khung");
        foreach (var g in custom.Groups.Where(g => baseFramework.Groups.All(b => b.Id != g.Id)))
            errors.Add($"groups[{g.Id}]", $"Nội dung «{g.Name}» không có trong khung");
        foreach (var b in baseFramework.Groups)
        {
            var c = custom.Groups.FirstOrDefault(x => x.Id == b.Id);
            if (c is null) continue;
            if (rule?.Groups.Contains(b.Id) == true) Customisable(b, c, rule, errors);
            else Fixed(b, c, errors);
        }
        return errors.Items;
    }

    private static void Customisable(CriteriaGroup b, CriteriaGroup c, CustomisationRule rule, Errors errors)
    {
        var path = $"groups[{b.Id}]";
        if (rule.KeepGroupTotals && c.Max != b.Max)
            errors.Add($"{path}.max", $"Nội dung «{b.Name}» có tổng {Num.F(c.Max)}, khung quy định {Num.F(b.Max)}");
        var removed = b.Criteria.Where(x => c.Criteria.All(y => y.Id != x.Id)).Select(x => x.Id).ToList();
        var added = c.Criteria.Where(x => b.Criteria.All(y => y.Id != x.Id)).Select(x => x.Id).ToList();
        if (rule.MaxChangedShare is { } share)
        {
            // A replacement is one removal plus one addition; it counts once.
            var changed = Math.Max(removed.Count, added.Count);
            var allowed = (int)Math.Floor(share * b.Criteria.Count);
            if (changed > allowed)
                errors.Add($"{path}.criteria",
                    $"Nội dung «{b.Name}» thay thế, bổ sung {changed} trên {b.Criteria.Count} tiêu chí, vượt {Num.F(share * 100)} % (tối đa {allowed})" +
                    List(" – bỏ", removed) + List(" – thêm", added));
        }
        else if (removed.Count > 0)
            errors.Add($"{path}.criteria", $"Nội dung «{b.Name}» chỉ được cụ thể hóa hoặc bổ sung, không được bỏ tiêu chí" + List(":", removed));
    }

    private static void Fixed(CriteriaGroup b, CriteriaGroup c, Errors errors)
    {
        var path = $"groups[{b.Id}]";
        if (c.Max != b.Max) errors.Add($"{path}.max", $"Nội dung «{b.Name}» không được tùy chỉnh: tổng {Num.F(c.Max)}, khung {Num.F(b.Max)}");
        var baseIds = Flatten(b.Criteria);
        var customIds = Flatten(c.Criteria);
        var removed = baseIds.Keys.Except(customIds.Keys).ToList();
        var added = customIds.Keys.Except(baseIds.Keys).ToList();
        var changed = baseIds.Keys.Intersect(customIds.Keys).Where(id => baseIds[id] != customIds[id]).ToList();
        if (removed.Count + added.Count + changed.Count > 0)
            errors.Add($"{path}.criteria", $"Nội dung «{b.Name}» không được tùy chỉnh" +
                List(" – bỏ", removed) + List(" – thêm", added) + List(" – đổi điểm hoặc cách chấm", changed));
    }

    private static Dictionary<string, string> Flatten(IEnumerable<Criterion> criteria) =>
        criteria.SelectMany(c => c.SelfAndDescendants).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => $"{g.First().Max}|{g.First().Kind.Code}");

    private static string List(string label, List<string> ids) => ids.Count == 0 ? "" : $"{label} {string.Join(", ", ids)}";
}
