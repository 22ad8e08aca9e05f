using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Loading;

/// <summary>Reads the summary conference's rules; a missing key takes its value from <see cref="ConferenceRules.Default"/>.</summary>
internal static class ConferenceReader
{
    public static ConferenceRules Read(Node? n)
    {
        var d = ConferenceRules.Default;
        if (n is null) return d;
        var rules = new ConferenceRules(
            OneOf(n, "quorum", ConferenceRules.Quorums.Values) ?? d.Quorum,
            OneOf(n, "majority_of", ConferenceRules.Bases.Values) ?? d.MajorityOf,
            OneOf(n, "method", ConferenceRules.Methods.Values) ?? d.Method,
            OneOf(n, "leadership", ConferenceRules.Leaderships.Values) ?? d.Leadership,
            n.Str("source"));
        n.RejectUnknownKeys();
        return rules;
    }

    private static string? OneOf(Node n, string key, IReadOnlyList<string> allowed)
    {
        var value = n.Str(key);
        if (value is null || allowed.Contains(value)) return value;
        n.Errors.Add(n.At(key), $"\"{value}\" không hợp lệ; dùng {string.Join(", ", allowed.SkipLast(1))} hoặc {allowed[^1]}");
        return null;
    }
}
