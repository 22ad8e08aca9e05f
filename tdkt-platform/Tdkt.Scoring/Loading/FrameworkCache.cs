using System.Collections.Concurrent;
using Tdkt.Scoring.Model;

namespace Tdkt.Scoring.Loading;

/// <summary>
/// Services score many submissions against few framework versions: each YAML text is loaded once.
/// Keyed by the text itself, so a corrected version (new text) is never served from a stale entry.
/// </summary>
public static class FrameworkCache
{
    private const int MaxEntries = 64;
    private static readonly ConcurrentDictionary<string, Framework> Loaded = new(StringComparer.Ordinal);

    /// <summary>The framework, or null when the text does not load (a stored version always does).</summary>
    public static Framework? Load(string? yaml)
    {
        if (string.IsNullOrEmpty(yaml)) return null;
        if (Loaded.TryGetValue(yaml, out var cached)) return cached;
        var result = FrameworkLoader.Load(yaml);
        if (!result.IsValid) return null;
        if (Loaded.Count >= MaxEntries) Loaded.Clear();
        return Loaded[yaml] = result.Value!;
    }
}
