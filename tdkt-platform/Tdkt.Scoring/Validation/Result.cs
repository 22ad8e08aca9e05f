namespace Tdkt.Scoring.Validation;

/// <summary>Either a value or the complete list of problems that prevented it.</summary>
public sealed record Result<T>(T? Value, IReadOnlyList<ValidationError> Errors) where T : class
{
    public bool IsValid => Value is not null && Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Fail(IReadOnlyList<ValidationError> errors) => new(null, errors);

    /// <summary>The value, or a <see cref="ScoringValidationException"/> listing every error.</summary>
    public T GetValueOrThrow() => IsValid ? Value! : throw new ScoringValidationException(Errors);
}
