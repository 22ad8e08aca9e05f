using Tdkt.Registry.Clusters;
using Tdkt.Registry.Units;
using Tdkt.Registry.Users;
using Tdkt.Registry.Years;

namespace Tdkt.Registry.Import;

/// <summary>
/// The registry YAML file: clusters with their units and years, and users. See Data/*.yaml.
/// Lists and items are nullable because a file may say `clusters: ~` or `units: [~]`; validation
/// reports those by path before anything reads them.
/// </summary>
public sealed record ImportDocument
{
    public List<ClusterImport?>? Clusters { get; init; } = [];
    public List<UserInput?>? Users { get; init; } = [];
}

public sealed record ClusterImport
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Kind { get; init; }
    public string? Authority { get; init; }
    public List<UnitInput?>? Units { get; init; } = [];
    public List<YearInput?>? Years { get; init; } = [];

    public ClusterInput Cluster => new() { Id = Id, Name = Name, Kind = Kind, Authority = Authority };
}
