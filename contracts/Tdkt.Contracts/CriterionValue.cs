namespace Tdkt.Contracts;

/// <summary>
/// One criterion of a sheet as entered: the raw inputs its kind reads (score for manual, tier for tiered,
/// value and plan for percent of plan, count/total, done…), the evidence cited and a note. Points are not
/// carried: every service computes them from these inputs with the year's framework, so they cannot disagree.
/// </summary>
public record CriterionValue(
    string CriterionId,
    decimal? Score,
    decimal? Points,
    string? Tier,
    decimal? Value,
    decimal? Plan,
    int? Count,
    IReadOnlyDictionary<string, int>? Counts,
    int? Total,
    bool? Done,
    string? Note,
    IReadOnlyList<string> Evidence);
