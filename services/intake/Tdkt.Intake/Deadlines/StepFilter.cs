namespace Tdkt.Intake.Deadlines;

/// <summary>One spelling of a step's event filter, so a stored filter and a looked-up one compare as text.</summary>
public static class StepFilter
{
    public const string None = "";

    public static string Of(IReadOnlyDictionary<string, string>? fields) =>
        fields is null or { Count: 0 }
            ? None
            : string.Join('&', fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));

    public static string Kind(string? kind) => kind is null ? None : $"kind={kind}";
}
