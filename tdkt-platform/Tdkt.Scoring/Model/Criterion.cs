using Tdkt.Scoring.Kinds;

namespace Tdkt.Scoring.Model;

/// <summary>A criterion (tiêu chí). With children it is the sum of its sub-criteria, capped at its maximum.</summary>
public sealed record Criterion(string Id, string Name, decimal Max, CriterionKind Kind, IReadOnlyList<Criterion> Children)
{
    public bool HasChildren => Children.Count > 0;

    /// <summary>The only points a tiered or done criterion can give; null when any value in [0, max] can occur.</summary>
    public IReadOnlyList<decimal>? FixedPoints => Kind switch
    {
        TieredKind t => t.Tiers.Select(x => x.Points).Distinct().ToList(),
        DoneKind d => new[] { d.Points, d.NotDonePoints }.Distinct().ToList(),
        _ => null,
    };

    public IEnumerable<Criterion> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);
}
