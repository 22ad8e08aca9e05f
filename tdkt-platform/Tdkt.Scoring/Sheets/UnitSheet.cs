namespace Tdkt.Scoring.Sheets;

/// <summary>A unit's score sheet. Self-assessed and appraised values are sheets of this same shape.</summary>
public sealed record UnitSheet(
    string UnitId,
    string UnitName,
    bool IsHead,
    IReadOnlyDictionary<string, CriterionInput> Criteria,
    IReadOnlyDictionary<string, CriterionInput> Bonus,
    IReadOnlyList<DeductionEntry> Deductions,
    IReadOnlyList<string> Facts,
    string? PartyRating)
{
    /// <summary>
    /// Exclusions and deferrals decided outside the framework's list of facts, each with its reason: a workflow's
    /// consequence ("exclude: true" for a missed step), or a unit that never registered for the year.
    /// </summary>
    public IReadOnlyList<StatusNote> Statuses { get; init; } = [];

    public static UnitSheet Empty(string id, string name) =>
        new(id, name, false, new Dictionary<string, CriterionInput>(), new Dictionary<string, CriterionInput>(), [], [], null);
}

/// <summary>A deduction from the framework's catalogue, with its reason (and evidence).</summary>
public sealed record DeductionEntry(string Type, int Count, string Reason, IReadOnlyList<string> Evidence)
{
    /// <summary>
    /// Points per occurrence set by a rule outside the framework (a workflow's "deduct: N" for a missed deadline);
    /// then <see cref="Type"/> need not be in the catalogue and the reason names the rule.
    /// </summary>
    public decimal? PointsEach { get; init; }
}

/// <summary>An exclusion (or, when <see cref="Exclude"/> is false, a deferral) with its reason.</summary>
public sealed record StatusNote(bool Exclude, string Reason);

/// <summary>All sheets of one cluster-year. Consensus false means members did not agree: a secret ballot decides.</summary>
public sealed record ClusterSheets(string? ClusterName, int? Year, bool Consensus, IReadOnlyList<UnitSheet> Units);
