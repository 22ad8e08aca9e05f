using System.Reflection;

namespace Tdkt.Calendar;

/// <summary>The official overrides shipped with the platform (tdkt-platform/calendar/*.yaml, embedded).</summary>
public static class OfficialOverrides
{
    private static readonly Lazy<IReadOnlyList<YearOverrides>> Loaded = new(Load);

    public static IReadOnlyList<YearOverrides> All => Loaded.Value;

    private static IReadOnlyList<YearOverrides> Load()
    {
        var assembly = typeof(OfficialOverrides).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Tdkt.Calendar.Overrides.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => OverridesYaml.Parse(Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
