using Tdkt.Scoring.Sheets;
using Tdkt.Web.Api;

namespace Tdkt.Web.Components;

/// <summary>A criterion's inputs as a person reads them: "đạt 300/500", "mức htt", "điểm 30".</summary>
public static class Inputs
{
    public static string Of(CriterionValueView v) =>
        Of(v.Score, v.Points, v.Tier, v.Value, v.Plan, v.Count, v.Total, v.Counts, v.Done);

    public static string Of(CriterionInput? i) =>
        i is null ? "(chưa có)" : Of(i.Score, i.Points, i.Tier, i.Value, i.Plan, i.Count, i.Total, i.Counts, i.Done);

    private static string Of(decimal? score, decimal? points, string? tier, decimal? value, decimal? plan, int? count, int? total,
        IReadOnlyDictionary<string, int>? counts, bool? done)
    {
        var parts = new List<string>();
        if (score is { } s) parts.Add($"điểm {Vn.Number(s)}");
        if (points is { } p) parts.Add($"điểm {Vn.Number(p)}");
        if (tier is { } t) parts.Add($"mức {t}");
        if (value is { } v) parts.Add(plan is { } pl ? $"đạt {Vn.Number(v)}/{Vn.Number(pl)}" : $"giá trị {Vn.Number(v)}");
        if (count is { } n) parts.Add(total is { } all ? $"{n}/{all}" : $"số lượng {n}");
        if (counts is { Count: > 0 }) parts.Add(string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")));
        if (done is { } d) parts.Add(d ? "đã thực hiện" : "chưa thực hiện");
        return parts.Count == 0 ? "(trống)" : string.Join("; ", parts);
    }
}
