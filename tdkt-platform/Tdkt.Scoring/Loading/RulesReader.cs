using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Loading;

/// <summary>Reads bonus, deductions, eligibility and customisation sections.</summary>
internal static class RulesReader
{
    public static BonusRules Bonus(Node? n, List<(string, string)> ids)
    {
        if (n is null) return BonusRules.None;
        var cap = n.Dec("total_cap", required: true) ?? 0;
        if (cap < 0) n.Errors.Add(n.At("total_cap"), $"{Num.F(cap)} không được âm");
        var items = CriterionReader.ReadList(n, "items", ids, required: false);
        foreach (var (item, i) in items.Select((c, i) => (c, i)).Where(x => x.c.Max > cap))
            n.Errors.Add($"{n.At("items")}[{i}].max", $"Điểm thưởng tối đa {Num.F(item.Max)} vượt tổng điểm thưởng {Num.F(cap)}");
        var headNode = n.Map("head");
        var head = headNode is null ? null : CriterionReader.Read(headNode, ids);
        n.RejectUnknownKeys();
        return new BonusRules(cap, items, head);
    }

    public static List<DeductionRule> Deductions(Node root)
    {
        var list = new List<DeductionRule>();
        foreach (var d in root.Maps("deductions"))
        {
            var points = d.Dec("points", required: true) ?? 0;
            if (d.Has("points") && points <= 0) d.Errors.Add(d.At("points"), $"Điểm trừ phải lớn hơn 0 (nhận được {Num.F(points)})");
            list.Add(new DeductionRule(d.Str("id", true) ?? "", d.Str("name", true) ?? "", points));
            d.RejectUnknownKeys();
        }
        KindReader.Unique(list.Select((d, i) => (d.Id, $"deductions[{i}].id")), root.Errors);
        return list;
    }

    public static Eligibility Eligibility(Node? n)
    {
        if (n is null) return new Eligibility(null, [], [], null);
        var facts = new List<FactRule>();
        foreach (var f in n.Maps("facts"))
        {
            var effect = f.Str("effect", required: true);
            FactEffect? e = effect switch
            {
                "exclude" => FactEffect.Exclude,
                "defer" => FactEffect.Defer,
                "lower_award" => FactEffect.LowerAward,
                null => null,
                _ => Invalid(f, effect),
            };
            facts.Add(new FactRule(f.Str("id", true) ?? "", f.Str("name", true) ?? "", e ?? FactEffect.Exclude));
            f.RejectUnknownKeys();
        }
        KindReader.Unique(facts.Select((f, i) => (f.Id, $"{n.At("facts")}[{i}].id")), n.Errors);
        var ratings = n.Maps("party_ratings").Select(r => Rating(r)).ToList();
        KindReader.Unique(ratings.Select((r, i) => (r.Id, $"{n.At("party_ratings")}[{i}].id")), n.Errors);
        var below = n.Str("exclude_at_or_below_rating");
        if (below is not null && ratings.All(r => r.Id != below))
            n.Errors.Add(n.At("exclude_at_or_below_rating"), $"Xếp loại \"{below}\" không có trong party_ratings");
        var min = n.Dec("min_total");
        n.RejectUnknownKeys();
        return new Eligibility(min, facts, ratings, below);
    }

    private static PartyRating Rating(Node r)
    {
        var rating = new PartyRating(r.Str("id", true) ?? "", r.Str("name", true) ?? "");
        r.RejectUnknownKeys();
        return rating;
    }

    private static FactEffect? Invalid(Node f, string effect)
    {
        f.Errors.Add(f.At("effect"), $"Hệ quả \"{effect}\" không tồn tại; dùng exclude, defer hoặc lower_award");
        return null;
    }

    public static CustomisationRule? Customisation(Node? n, IReadOnlyList<CriteriaGroup> groups)
    {
        if (n is null) return null;
        var ids = n.StrList("groups");
        foreach (var (id, i) in ids.Select((x, i) => (x, i)).Where(x => groups.All(g => g.Id != x.x)))
            n.Errors.Add($"{n.At("groups")}[{i}]", $"Nội dung \"{id}\" không có trong bảng điểm");
        var share = n.Dec("max_changed_share");
        if (share is < 0 or > 1) n.Errors.Add(n.At("max_changed_share"), "Tỷ lệ phải từ 0 đến 1 (ví dụ 0.2 là 20 %)");
        var keep = n.Bool("keep_group_totals") ?? true;
        n.RejectUnknownKeys();
        return new CustomisationRule(ids, share, keep);
    }
}
