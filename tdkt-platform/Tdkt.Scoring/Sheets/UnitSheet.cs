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
    public static UnitSheet Empty(string id, string name) =>
        new(id, name, false, new Dictionary<string, CriterionInput>(), new Dictionary<string, CriterionInput>(), [], [], null);
}

/// <summary>A deduction from the framework's catalogue, with its reason (and evidence).</summary>
public sealed record DeductionEntry(string Type, int Count, string Reason, IReadOnlyList<string> Evidence);

/// <summary>All sheets of one cluster-year. Consensus false means members did not agree: a secret ballot decides.</summary>
public sealed record ClusterSheets(string? ClusterName, int? Year, bool Consensus, IReadOnlyList<UnitSheet> Units);
