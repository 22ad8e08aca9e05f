using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>Count × points per item, capped at max (0,5 per registered campaign; 1 per featured exemplar).</summary>
public sealed record PerItemKind(IReadOnlyList<ItemType> Items) : CriterionKind
{
    public override string Code => "per_item";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors)
    {
        NotNegative(input.Count, path, "count", errors);
        if (input.Count is not null && Items.Count > 1)
            errors.Add($"{path}.count", $"Tiêu chí có nhiều loại: khai báo counts theo từng loại ({string.Join(", ", Items.Select(i => i.Id))})");
        foreach (var (id, n) in input.Counts)
        {
            if (Items.All(i => i.Id != id)) errors.Add($"{path}.counts[{id}]", $"Loại \"{id}\" không có trong tiêu chí");
            if (n < 0) errors.Add($"{path}.counts[{id}]", $"{n} không được âm");
        }
    }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        if (input is null || (input.Count is null && input.Counts.Count == 0)) return Scored.Missing("số lượng", explain);
        decimal raw = 0;
        foreach (var item in Items) raw += CountOf(item, input) * item.Points;
        if (!explain) return Capped(raw, c.Max, null);
        var parts = Items.Select(i => (Item: i, N: CountOf(i, input))).Where(x => x.N != 0).ToList();
        return Capped(raw, c.Max,
            $"{(parts.Count == 0 ? "0" : string.Join(" + ", parts.Select(x => $"{x.N} × {Num.F(x.Item.Points)} ({x.Item.Name})")))} = {Num.F(raw)}");
    }

    private int CountOf(ItemType item, CriterionInput input) =>
        input.Counts.TryGetValue(item.Id, out var n) ? n : (Items.Count == 1 ? input.Count ?? 0 : 0);
}

public sealed record ItemType(string Id, string Name, decimal Points);
