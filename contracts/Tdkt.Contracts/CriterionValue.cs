namespace Tdkt.Contracts;

/// <summary>One criterion of a self-assessment: the unit's value and the evidence it cites.</summary>
public record CriterionValue(string CriterionId, decimal Value, string? Note, IReadOnlyList<string> Evidence);
