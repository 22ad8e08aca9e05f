using Tdkt.Web.Api;

namespace Tdkt.Web.Components;

/// <summary>A criterion's inputs as a person reads them: "đạt 300/500", "mức htt", "điểm 30".</summary>
public static class Inputs
{
    public static string Of(CriterionValueView v)
    {
        var parts = new List<string>();
        if (v.Score is { } s) parts.Add($"điểm {Vn.Number(s)}");
        if (v.Points is { } p) parts.Add($"điểm {Vn.Number(p)}");
        if (v.Tier is { } t) parts.Add($"mức {t}");
        if (v.Value is { } value) parts.Add(v.Plan is { } plan ? $"đạt {Vn.Number(value)}/{Vn.Number(plan)}" : $"giá trị {Vn.Number(value)}");
        if (v.Count is { } n) parts.Add(v.Total is { } total ? $"{n}/{total}" : $"số lượng {n}");
        if (v.Counts is { Count: > 0 } counts) parts.Add(string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")));
        if (v.Done is { } d) parts.Add(d ? "đã thực hiện" : "chưa thực hiện");
        return parts.Count == 0 ? "(trống)" : string.Join("; ", parts);
    }
}
