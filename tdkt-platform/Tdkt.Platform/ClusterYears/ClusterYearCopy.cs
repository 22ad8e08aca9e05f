using Tdkt.Contracts;

namespace Tdkt.Platform.ClusterYears;

/// <summary>
/// A service's own copy of a cluster-year from the registry's ClusterYearOpened: who the head and
/// the members are, read locally so no request waits on the registry.
/// </summary>
public sealed class ClusterYearCopy
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string ClusterName { get; set; }
    public required string HeadUnitId { get; set; }
    public string? DeputyUnitId { get; set; }
    public List<ClusterMember> Members { get; set; } = [];
    public DateTimeOffset OpenedAt { get; set; }

    public bool HasMember(string unitId) => Members.Any(m => m.UnitId == unitId);

    /// <summary>The head and the deputy appraise and run the conference.</summary>
    public bool IsLedBy(string unitId) => HeadUnitId == unitId || DeputyUnitId == unitId;
}
