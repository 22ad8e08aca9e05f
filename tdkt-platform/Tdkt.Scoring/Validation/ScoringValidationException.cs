namespace Tdkt.Scoring.Validation;

/// <summary>The only exception the library throws: carries every problem found in one pass.</summary>
public sealed class ScoringValidationException(IReadOnlyList<ValidationError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
