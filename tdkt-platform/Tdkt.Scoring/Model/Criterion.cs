using Tdkt.Scoring.Kinds;

namespace Tdkt.Scoring.Model;

/// <summary>A criterion (tiêu chí). With children it is the sum of its sub-criteria, capped at its maximum.</summary>
public sealed record Criterion(string Id, string Name, decimal Max, CriterionKind Kind, IReadOnlyList<Criterion> Children)
{
    public bool HasChildren => Children.Count > 0;

    public IEnumerable<Criterion> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);
}
