using Tdkt.Contracts;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>Between the contracts' criterion values and the scoring library's input model.</summary>
public static class Inputs
{
    public static CriterionInput ToInput(this CriterionValue v) => new()
    {
        Score = v.Score, Points = v.Points, Tier = v.Tier, Value = v.Value, Plan = v.Plan, Count = v.Count,
        Counts = v.Counts ?? new Dictionary<string, int>(), Total = v.Total, Done = v.Done, Note = v.Note, Evidence = v.Evidence ?? [],
    };

    public static Dictionary<string, CriterionInput> ToInputs(this IEnumerable<CriterionValue> values) =>
        values.ToDictionary(v => v.CriterionId, v => v.ToInput(), StringComparer.Ordinal);

    /// <summary>A short Vietnamese reading of an input, for the audit trail and the side-by-side table.</summary>
    public static string Describe(this CriterionInput? i)
    {
        if (i is null) return "(chưa có)";
        var parts = new List<string>();
        if (i.Points is { } p) parts.Add($"điểm {p}");
        if (i.Score is { } s) parts.Add($"điểm {s}");
        if (i.Tier is { } t) parts.Add($"mức {t}");
        if (i.Value is { } v) parts.Add(i.Plan is { } plan ? $"đạt {v}/{plan}" : $"giá trị {v}");
        if (i.Count is { } n) parts.Add(i.Total is { } total ? $"{n}/{total}" : $"số lượng {n}");
        if (i.Counts.Count > 0) parts.Add(string.Join(", ", i.Counts.Select(c => $"{c.Key}: {c.Value}")));
        if (i.Done is { } d) parts.Add(d ? "đã thực hiện" : "chưa thực hiện");
        return parts.Count == 0 ? "(trống)" : string.Join("; ", parts);
    }
}
