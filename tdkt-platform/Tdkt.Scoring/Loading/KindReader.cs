using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Loading;

/// <summary>Reads a criterion's kind and its parameters, checking them against the criterion's maximum.</summary>
internal static class KindReader
{
    public const string Kinds = "manual, tiered, percent_of_plan, over_target, bands, rank, per_item, deduction, ratio, done";

    public static CriterionKind? Read(Node n, decimal max, bool hasChildren)
    {
        var code = n.Str("kind") ?? (hasChildren ? "sum" : "manual");
        if (hasChildren && code != "sum")
        {
            n.Errors.Add(n.At("kind"), $"Tiêu chí có tiêu chí con thì điểm là tổng các tiêu chí con, không dùng kind \"{code}\"");
            return null;
        }
        return code switch
        {
            "sum" when hasChildren => new SumKind(),
            "manual" => new ManualKind(),
            "tiered" => Tiered(n, max),
            "percent_of_plan" => new PercentOfPlanKind(),
            "over_target" => new OverTargetKind(Positive(n, "points_per_percent", required: true) ?? 1),
            "bands" => Bands(n, max),
            "rank" => Rank(n, max),
            "per_item" => PerItem(n),
            "deduction" => Deduction(n, max),
            "ratio" => new RatioKind(Positive(n, "points_each") ?? max),
            "done" => Done(n, max),
            _ => Unknown(n, code),
        };
    }

    private static CriterionKind? Unknown(Node n, string code)
    {
        n.Errors.Add(n.At("kind"), $"Loại tiêu chí \"{code}\" không tồn tại; dùng một trong: {Kinds}");
        return null;
    }

    private static TieredKind Tiered(Node n, decimal max)
    {
        var tiers = n.Maps("tiers", required: true)
            .Select(t => new Tier(t.Str("id", true) ?? "", t.Str("name", true) ?? "", Points(t, "points", max) ?? 0, t))
            .ToList();
        if (n.Has("tiers") && tiers.Count == 0) n.Errors.Add(n.At("tiers"), "Cần ít nhất một mức");
        Unique(tiers.Select(t => (t.Id, t.Node.At("id"))), n.Errors);
        tiers.ForEach(t => t.Node.RejectUnknownKeys());
        return new TieredKind(tiers.Select(t => new Kinds.Tier(t.Id, t.Name, t.Points)).ToList());
    }

    private static BandsKind Bands(Node n, decimal max)
    {
        var ofPlan = n.Bool("of_plan") ?? false;
        var bands = new List<Band>();
        foreach (var b in n.Maps("bands", required: true))
        {
            var band = new Band(b.Dec("min"), b.Dec("below"), Points(b, "points", max) ?? 0);
            if (band.Min >= band.Below)
                n.Errors.Add(b.At("below"), $"Cận dưới {Num.F(band.Min!.Value)} phải nhỏ hơn cận trên {Num.F(band.Below!.Value)}");
            var overlap = bands.FindIndex(o => Overlaps(o, band));
            if (overlap >= 0) n.Errors.Add(b.Path, $"Khoảng {band} chồng lên khoảng bands[{overlap}] ({bands[overlap]})");
            bands.Add(band);
            b.RejectUnknownKeys();
        }
        return new BandsKind(ofPlan, bands);
    }

    private static bool Overlaps(Band a, Band b) =>
        (a.Min ?? decimal.MinValue) < (b.Below ?? decimal.MaxValue) && (b.Min ?? decimal.MinValue) < (a.Below ?? decimal.MaxValue);

    private static RankKind Rank(Node n, decimal max)
    {
        var first = Points(n, "first", max) ?? max;
        var step = NonNegative(n, "step") ?? 0;
        var floor = NonNegative(n, "floor") ?? 0;
        if (floor > first) n.Errors.Add(n.At("floor"), $"Điểm sàn {Num.F(floor)} lớn hơn điểm hạng nhất {Num.F(first)}");
        return new RankKind(first, step, floor, n.Bool("higher_is_better") ?? true);
    }

    private static PerItemKind PerItem(Node n)
    {
        if (n.Has("points_each"))
        {
            if (n.Has("items")) n.Errors.Add(n.At("items"), "Dùng points_each hoặc items, không dùng cả hai");
            return new PerItemKind([new ItemType("item", n.Str("item_name") ?? "mỗi trường hợp", Positive(n, "points_each") ?? 0)]);
        }
        var items = n.Maps("items", required: true)
            .Select(i => (Item: new ItemType(i.Str("id", true) ?? "", i.Str("name", true) ?? "", Positive(i, "points", true) ?? 0), Node: i))
            .ToList();
        Unique(items.Select(i => (i.Item.Id, i.Node.At("id"))), n.Errors);
        items.ForEach(i => i.Node.RejectUnknownKeys());
        return new PerItemKind(items.Select(i => i.Item).ToList());
    }

    private static DeductionKind Deduction(Node n, decimal max)
    {
        var per = Positive(n, "per", required: true) ?? 0;
        var cap = Points(n, "cap", max) ?? max;
        var floor = Points(n, "floor", max) ?? 0;
        return new DeductionKind(per, n.Str("unit") ?? "lần", cap, floor);
    }

    private static DoneKind Done(Node n, decimal max) => new(Points(n, "points", max) ?? max, Points(n, "not_done_points", max) ?? 0);

    /// <summary>A number of points in [0, max].</summary>
    private static decimal? Points(Node n, string key, decimal max, bool required = false)
    {
        var v = n.Dec(key, required);
        if (v < 0) n.Errors.Add(n.At(key), $"{Num.F(v.Value)} không được âm");
        else if (v > max) n.Errors.Add(n.At(key), $"{Num.F(v.Value)} vượt điểm tối đa của tiêu chí {Num.F(max)}");
        return v;
    }

    private static decimal? Positive(Node n, string key, bool required = false)
    {
        var v = n.Dec(key, required);
        if (v <= 0) n.Errors.Add(n.At(key), $"Phải lớn hơn 0 (nhận được {Num.F(v.Value)})");
        return v;
    }

    private static decimal? NonNegative(Node n, string key)
    {
        var v = n.Dec(key);
        if (v < 0) n.Errors.Add(n.At(key), $"{Num.F(v.Value)} không được âm");
        return v;
    }

    internal static void Unique(IEnumerable<(string Id, string Path)> ids, Errors errors)
    {
        var seen = new HashSet<string>();
        foreach (var (id, path) in ids)
            if (id.Length > 0 && !seen.Add(id)) errors.Add(path, $"Mã \"{id}\" bị trùng");
    }

    private sealed record Tier(string Id, string Name, decimal Points, Node Node);
}
