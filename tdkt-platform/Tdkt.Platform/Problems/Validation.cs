using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tdkt.Platform.Problems;

/// <summary>Collects every problem of a request, keyed by field path, before anything is changed.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public Validation Require(string field, string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, $"{label} là bắt buộc.") : this;

    public Validation Check(bool ok, string field, string message) => ok ? this : Add(field, message);

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(
            Errors.ToDictionary(),
            title: ProblemDetailsSetup.VietnameseTitle(StatusCodes.Status400BadRequest));

    public static ValidationProblem Problem(string field, string message) => new Validation().Add(field, message).ToProblem();
}
