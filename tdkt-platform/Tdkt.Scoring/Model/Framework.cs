namespace Tdkt.Scoring.Model;

/// <summary>A scoring framework (bảng chấm điểm): everything an administrator sets without code.</summary>
public sealed record Framework(
    string Id,
    string Name,
    decimal Scale,
    Rounding Rounding,
    IReadOnlyList<CriteriaGroup> Groups,
    BonusRules Bonus,
    IReadOnlyList<DeductionRule> Deductions,
    Eligibility Eligibility,
    AwardRules Awards,
    CustomisationRule? Customisation,
    string? Note,
    ConferenceRules? Conference = null)
{
    /// <summary>The summary conference's rules; <see cref="ConferenceRules.Default"/> when the file has none.</summary>
    public ConferenceRules Conference { get; init; } = Conference ?? ConferenceRules.Default;

    /// <summary>Every criterion, depth first, so sheets can address any of them by id.</summary>
    public IEnumerable<Criterion> AllCriteria => Groups.SelectMany(g => g.Criteria).SelectMany(c => c.SelfAndDescendants);

    public decimal GroupsMax => Groups.Sum(g => g.Max);
}

/// <summary>A group of criteria (nội dung) with its maximum and optional minimum for eligibility.</summary>
public sealed record CriteriaGroup(string Id, string Name, decimal Max, decimal? Min, IReadOnlyList<Criterion> Criteria);

/// <summary>
/// Points are rounded once, per leaf criterion, to <see cref="Decimals"/> places, half away from zero
/// (0,125 → 0,13); every total is a sum of already rounded values, so totals are exact.
/// </summary>
public sealed record Rounding(int Decimals)
{
    public static Rounding Default { get; } = new(2);

    public decimal Apply(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
