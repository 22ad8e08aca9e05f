using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Loading;

/// <summary>Loads a framework from YAML text; validates it and reports every problem with its path, in one pass.</summary>
public static class FrameworkLoader
{
    public static Result<Framework> Load(Stream stream) => Load(YamlText.Read(stream));

    public static Result<Framework> Load(string yaml)
    {
        var errors = new Errors();
        var root = Node.Root(YamlText.Parse(yaml, errors), errors);
        if (root is null) return Result<Framework>.Fail(errors.Items);
        var framework = Read(root);
        return errors.Any ? Result<Framework>.Fail(errors.Items) : Result<Framework>.Ok(framework);
    }

    private static Framework Read(Node root)
    {
        var ids = new List<(string Id, string Path)>();
        var id = root.Str("id", required: true) ?? "";
        var name = root.Str("name", required: true) ?? "";
        var scale = root.Dec("scale", required: true) ?? 0;
        if (root.Has("scale") && scale <= 0) root.Errors.Add("scale", $"Thang điểm phải lớn hơn 0 (nhận được {Num.F(scale)})");
        var rounding = ReadRounding(root.Map("rounding"));
        var groups = root.Maps("groups", required: true).Select(g => Group(g, ids)).ToList();
        KindReader.Unique(groups.Select((g, i) => (g.Id, $"groups[{i}].id")), root.Errors);
        var bonus = RulesReader.Bonus(root.Map("bonus"), ids);
        KindReader.Unique(ids, root.Errors);
        var deductions = RulesReader.Deductions(root);
        var eligibility = RulesReader.Eligibility(root.Map("eligibility"));
        var awards = AwardsReader.Read(root.Map("awards"), eligibility);
        var customisation = RulesReader.Customisation(root.Map("customisation"), groups);
        var note = root.Str("note");
        var conference = ConferenceReader.Read(root.Map("conference"));
        var sum = groups.Sum(g => g.Max) + bonus.TotalCap;
        // Below the scale is allowed: the YT seed's own table adds up to 950 on a 1.000 scale.
        if (root.Has("scale") && groups.Count > 0 && sum > scale)
            root.Errors.Add("scale", $"các nội dung ({Num.F(groups.Sum(g => g.Max))}) cộng điểm thưởng ({Num.F(bonus.TotalCap)}) bằng {Num.F(sum)}, vượt thang điểm {Num.F(scale)}");
        root.RejectUnknownKeys();
        return new Framework(id, name, scale, rounding, groups, bonus, deductions, eligibility, awards, customisation, note, conference);
    }

    private static CriteriaGroup Group(Node g, List<(string, string)> ids)
    {
        var id = g.Str("id", required: true) ?? "";
        var name = g.Str("name", required: true) ?? "";
        var max = g.Dec("max", required: true) ?? 0;
        var min = g.Dec("min");
        if (min > max) g.Errors.Add(g.At("min"), $"Điểm tối thiểu {Num.F(min!.Value)} lớn hơn điểm tối đa {Num.F(max)}");
        var criteria = CriterionReader.ReadList(g, "criteria", ids, required: true);
        var sum = criteria.Sum(c => c.Max);
        if (criteria.Count > 0 && sum != max)
            g.Errors.Add(g.At("max"), $"các tiêu chí cộng lại {Num.F(sum)}, nội dung ghi {Num.F(max)}");
        g.RejectUnknownKeys();
        return new CriteriaGroup(id, name, max, min, criteria);
    }

    private static Rounding ReadRounding(Node? n)
    {
        if (n is null) return Rounding.Default;
        var decimals = n.Int("decimals") ?? 2;
        if (decimals is < 0 or > 6) n.Errors.Add(n.At("decimals"), $"Số chữ số thập phân phải từ 0 đến 6 (nhận được {decimals})");
        n.RejectUnknownKeys();
        return new Rounding(Math.Clamp(decimals, 0, 6));
    }
}
