using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Computation;

/// <summary>Checks sheets against a framework: ids, kinds' inputs, bonus, deductions, facts, ratings.</summary>
internal static class SheetValidator
{
    public static void Check(Framework fw, ClusterSheets sheets, Errors errors)
    {
        if (sheets.Units is not { Count: > 0 }) errors.Add("units", "Cần ít nhất một đơn vị");
        var criteria = fw.AllCriteria.ToDictionary(c => c.Id);
        var bonus = fw.Bonus.Items.SelectMany(c => c.SelfAndDescendants).ToDictionary(c => c.Id);
        var seen = new HashSet<string>();
        var heads = 0;
        for (var u = 0; u < (sheets.Units?.Count ?? 0); u++)
        {
            var unit = sheets.Units![u];
            var path = $"units[{u}]";
            if (unit is null || unit.Criteria is null || unit.Bonus is null || unit.Deductions is null || unit.Facts is null)
            {
                errors.Add(path, "Phiếu chấm thiếu phần criteria, bonus, deductions hoặc facts");
                continue;
            }
            if (string.IsNullOrWhiteSpace(unit.UnitId)) errors.Add($"{path}.id", "Thiếu mã đơn vị");
            else if (!seen.Add(unit.UnitId)) errors.Add($"{path}.id", $"Mã đơn vị \"{unit.UnitId}\" bị trùng");
            if (unit.IsHead) heads++;
            Inputs(unit.Criteria, criteria, $"{path}.criteria", "tiêu chí", errors);
            Bonus(fw, unit, bonus, $"{path}.bonus", errors);
            Deductions(fw, unit, path, errors);
            Facts(fw, unit, path, errors);
        }
        if (heads > 1) errors.Add("units", $"Chỉ có một đơn vị Cụm trưởng (có {heads} đơn vị khai head: true)");
    }

    private static void Inputs(IReadOnlyDictionary<string, CriterionInput>? inputs, Dictionary<string, Criterion> known, string path, string what, Errors errors)
    {
        foreach (var (id, input) in inputs ?? new Dictionary<string, CriterionInput>())
        {
            var at = new InputPath(path, id);
            if (!known.TryGetValue(id, out var c))
            {
                errors.Add(at.ToString(), $"Không có {what} mã \"{id}\" trong bảng điểm");
                continue;
            }
            if (input is null) continue;
            TooLarge(input.Score, at, "score", errors);
            TooLarge(input.Value, at, "value", errors);
            TooLarge(input.Plan, at, "plan", errors);
            var accepted = InputFields.Accepted(c.Kind);
            var given = InputFields.Given(input);
            if ((given & ~accepted) != InputFields.Set.None)
                foreach (var field in InputFields.NamesOf(given & ~accepted))
                    errors.Add($"{at}.{field}", $"Tiêu chí loại {c.Kind.Code} không dùng trường {field}" +
                        (accepted != InputFields.Set.None ? $" (dùng: {string.Join(", ", InputFields.NamesOf(accepted))})" : ""));
            if (input.Points is { } points) DirectPoints(c, points, InputFields.Size(given) > 1, at, errors);
            else c.Kind.CheckInput(c, input, at, errors);
        }
    }

    private static void TooLarge(decimal? value, InputPath at, string field, Errors errors)
    {
        if (value is { } x && Math.Abs(x) > Loading.Node.Limit) errors.Add($"{at}.{field}", $"Số quá lớn (giới hạn {Num.F(Loading.Node.Limit)})");
    }

    private static void DirectPoints(Criterion c, decimal points, bool mixed, InputPath input, Errors errors)
    {
        var at = $"{input}.points";
        if (mixed) errors.Add(at, "Dùng points hoặc số liệu của tiêu chí, không dùng cả hai");
        if (points < 0) errors.Add(at, $"{Num.F(points)} không được âm");
        else if (points > c.Max) errors.Add(at, $"{Num.F(points)} vượt điểm tối đa {Num.F(c.Max)}");
        else if (c.FixedPoints is { } allowed && !allowed.Contains(points))
            errors.Add(at, $"{Num.F(points)} không phải mức điểm của tiêu chí ({string.Join("; ", allowed.Select(Num.F))})");
    }

    private static void Bonus(Framework fw, UnitSheet unit, Dictionary<string, Criterion> items, string path, Errors errors)
    {
        var known = new Dictionary<string, Criterion>(items);
        if (fw.Bonus.HeadBonus is { } head)
        {
            known[head.Id] = head;
            if (!unit.IsHead && unit.Bonus?.ContainsKey(head.Id) == true)
                errors.Add($"{path}[{head.Id}]", $"«{head.Name}» chỉ dành cho đơn vị Cụm trưởng");
        }
        Inputs(unit.Bonus, known, path, "điểm thưởng", errors);
    }

    private static void Deductions(Framework fw, UnitSheet unit, string path, Errors errors)
    {
        var list = unit.Deductions ?? [];
        for (var d = 0; d < list.Count; d++)
        {
            var entry = list[d];
            var at = $"{path}.deductions[{d}]";
            if (entry.PointsEach is { } each)
            {
                if (each < 0) errors.Add($"{at}.pointsEach", $"{Num.F(each)} không được âm");
            }
            else if (fw.Deductions.All(r => r.Id != entry.Type))
                errors.Add($"{at}.type", $"Loại điểm trừ \"{entry.Type}\" không có trong bảng điểm; các loại: {string.Join(", ", fw.Deductions.Select(r => r.Id))}");
            if (entry.Count < 1) errors.Add($"{at}.count", $"Số lần phải từ 1 trở lên (nhận được {entry.Count})");
            if (string.IsNullOrWhiteSpace(entry.Reason)) errors.Add($"{at}.reason", "Điểm trừ phải ghi lý do");
        }
        var statuses = unit.Statuses ?? [];
        for (var i = 0; i < statuses.Count; i++)
            if (string.IsNullOrWhiteSpace(statuses[i]?.Reason)) errors.Add($"{path}.statuses[{i}].reason", "Không xét hoặc chưa xét thi đua phải ghi lý do");
    }

    private static void Facts(Framework fw, UnitSheet unit, string path, Errors errors)
    {
        var facts = unit.Facts ?? [];
        for (var f = 0; f < facts.Count; f++)
            if (fw.Eligibility.Facts.All(r => r.Id != facts[f]))
                errors.Add($"{path}.facts[{f}]", $"Tình trạng \"{facts[f]}\" không có trong bảng điểm; các tình trạng: {string.Join(", ", fw.Eligibility.Facts.Select(r => r.Id))}");
        if (unit.PartyRating is { } r && fw.Eligibility.PartyRatings.All(x => x.Id != r))
            errors.Add($"{path}.party_rating", $"Xếp loại tổ chức đảng \"{r}\" không có trong bảng điểm; các xếp loại: {string.Join(", ", fw.Eligibility.PartyRatings.Select(x => x.Id))}");
    }
}
