namespace Tdkt.Registry.Frameworks;

/// <summary>A cluster-year a framework version is assigned to; an opened one locks the version.</summary>
public sealed record FrameworkUse(string ClusterId, int Year, bool Opened);

/// <summary>
/// A version as the API shows it. <see cref="Locked"/>: an opened year uses it, so its YAML can no longer
/// change and a new version must be uploaded instead. <see cref="Yaml"/> only when one version is asked for.
/// </summary>
public sealed record FrameworkVersionView(
    string FrameworkId, int Version, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ChangedAt,
    bool Locked, IReadOnlyList<FrameworkUse> UsedBy, string? Yaml)
{
    public static FrameworkVersionView Of(FrameworkVersion v, IEnumerable<FrameworkUse> uses, bool withYaml)
    {
        var list = uses.ToList();
        return new(v.FrameworkId, v.Version, v.Name, v.CreatedAt, v.ChangedAt, list.Any(u => u.Opened), list, withYaml ? v.Yaml : null);
    }
}

/// <summary>A framework with its latest version, for the list of frameworks.</summary>
public sealed record FrameworkSummary(string FrameworkId, string Name, int LatestVersion, int Versions);

/// <summary>The outcome of checking a cluster's framework against the base it customises.</summary>
public sealed record CustomisationReport(bool Conforms, IReadOnlyDictionary<string, string[]> Errors);
