using Tdkt.Scoring.Sheets;

namespace Tdkt.Scoring.Excel;

/// <summary>One filled line of the score table: a criterion or bonus item with self and appraised points.</summary>
public sealed record ImportedRow(
    string CriterionId, int Row, bool IsBonus, bool IsHeadBonus, decimal? Self, decimal? Appraised, IReadOnlyList<string> Evidence)
{
    public bool IsFilled => Self is not null || Appraised is not null || Evidence.Count > 0;
}

/// <summary>A deduction line (outside the criteria): times counted by the unit and by the appraisers, with the reason.</summary>
public sealed record ImportedDeduction(string Type, int Row, int Self, int Appraised, IReadOnlyList<string> Reason);

/// <summary>A filled score table, ready to become the unit's self or appraised sheet.</summary>
public sealed record ImportedScoreSheet(string? UnitName, IReadOnlyList<ImportedRow> Rows, IReadOnlyList<ImportedDeduction> Deductions)
{
    /// <summary>
    /// The self (or appraised) sheet: every line becomes points given directly, with its evidence.
    /// The table is a table of points, so an empty cell is 0 points given (not "no deduction").
    /// </summary>
    public UnitSheet ToUnitSheet(string unitId, string unitName, bool appraised, bool isHead = false)
    {
        Dictionary<string, CriterionInput> Inputs(bool bonus) => Rows
            .Where(r => r.IsBonus == bonus && (isHead || !r.IsHeadBonus))
            .ToDictionary(r => r.CriterionId, r => new CriterionInput { Points = (appraised ? r.Appraised : r.Self) ?? 0, Evidence = r.Evidence });
        var deductions = Deductions
            .Select(d => (d, Count: appraised ? d.Appraised : d.Self))
            .Where(x => x.Count > 0)
            .Select(x => new DeductionEntry(x.d.Type, x.Count, string.Join("; ", x.d.Reason), x.d.Reason))
            .ToList();
        return new UnitSheet(unitId, unitName, isHead, Inputs(false), Inputs(true), deductions, [], null);
    }
}
