namespace Tdkt.Scoring.Model;

/// <summary>Bonus (điểm thưởng): items each capped by their own maximum, all capped by <see cref="TotalCap"/>.
/// The cluster head's bonus (ĐB: +5) is outside that cap and raises the head's scale by its points.</summary>
public sealed record BonusRules(decimal TotalCap, IReadOnlyList<Criterion> Items, Criterion? HeadBonus)
{
    public static BonusRules None { get; } = new(0, [], null);
}

/// <summary>A deduction outside the criteria (điểm trừ), in points per occurrence.</summary>
public sealed record DeductionRule(string Id, string Name, decimal Points);

public enum FactEffect
{
    /// <summary>Không xét thi đua.</summary>
    Exclude,
    /// <summary>Chưa xét thi đua (awaiting a conclusion).</summary>
    Defer,
    /// <summary>Hạ một mức khen thưởng.</summary>
    LowerAward,
}

/// <summary>A fact a sheet may state about a unit (no covenant, leader disciplined…) and what it does.</summary>
public sealed record FactRule(string Id, string Name, FactEffect Effect);

/// <summary>A Party-organisation rating, listed best first.</summary>
public sealed record PartyRating(string Id, string Name);

/// <summary>Who may be proposed at all: totals, facts and Party rating.</summary>
public sealed record Eligibility(
    decimal? MinTotal,
    IReadOnlyList<FactRule> Facts,
    IReadOnlyList<PartyRating> PartyRatings,
    string? ExcludeAtOrBelowRating)
{
    public int RatingIndex(string? id) => PartyRatings.ToList().FindIndex(r => r.Id == id);
}

/// <summary>Customisation allowed from this framework (BK: ≤ 20 % of criteria; YT: detail without changing totals).</summary>
public sealed record CustomisationRule(IReadOnlyList<string> Groups, decimal? MaxChangedShare, bool KeepGroupTotals);
