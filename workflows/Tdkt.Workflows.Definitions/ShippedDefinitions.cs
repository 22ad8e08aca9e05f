using System.Reflection;

namespace Tdkt.Workflows.Definitions;

/// <summary>The definitions in workflows/definitions/*.yaml, embedded: file name → YAML text.</summary>
public static class ShippedDefinitions
{
    private const string Prefix = "Tdkt.Workflows.Definitions.Shipped.";

    public static IReadOnlyDictionary<string, string> Texts { get; } = Load();

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(ShippedDefinitions).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..], n => Read(assembly, n));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
