namespace Tdkt.Scoring.Sheets;

/// <summary>
/// The raw input one criterion needs; which fields count depends on the criterion's kind
/// (score for manual, tier for tiered, value and plan for percent of plan…).
/// </summary>
public sealed record CriterionInput
{
    public decimal? Score { get; init; }
    /// <summary>
    /// Points given directly, whatever the kind (e.g. read from an Excel score table). Checked against the
    /// criterion's maximum and, for tiered and done criteria, against the points they can give.
    /// </summary>
    public decimal? Points { get; init; }
    public string? Tier { get; init; }
    public decimal? Value { get; init; }
    public decimal? Plan { get; init; }
    /// <summary>Items counted (per item), tasks done (ratio n) or occurrences / days (deduction).</summary>
    public int? Count { get; init; }
    /// <summary>Per-item counts when a criterion has several item types.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();
    /// <summary>Tasks assigned (ratio N).</summary>
    public int? Total { get; init; }
    public bool? Done { get; init; }
    public IReadOnlyList<string> Evidence { get; init; } = [];
    public string? Note { get; init; }
}
