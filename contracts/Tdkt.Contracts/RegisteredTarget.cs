namespace Tdkt.Contracts;

/// <summary>A unit's registered target for one quantitative criterion: the plan its result is later scored against.</summary>
public record RegisteredTarget(string CriterionId, decimal Target);
