using Tdkt.Registry.Clusters;
using Tdkt.Registry.Frameworks;

namespace Tdkt.Registry.Years;

public sealed record UnitRef(string Id, string Name);

/// <summary>A cluster-year with the names of its units, for the pages its members read.</summary>
/// <param name="Deputy">Null when the year has none.</param>
/// <param name="OpenedAt">Null while the year is still being prepared.</param>
/// <param name="NextLeadership">The head and deputy this year's summary conference chose for a next year not created yet.</param>
public sealed record YearView(
    string ClusterId,
    string ClusterName,
    int Year,
    UnitRef Head,
    UnitRef? Deputy,
    IReadOnlyList<UnitRef> Members,
    DateTimeOffset? OpenedAt,
    string? FrameworkId,
    int? FrameworkVersion,
    NextLeadership? NextLeadership);

/// <summary>The scoring framework version a cluster-year is scored with, its YAML text included.</summary>
public sealed record YearFramework(string ClusterId, int Year, FrameworkVersionView Framework);
