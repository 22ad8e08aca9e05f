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
    /// <summary>The framework version the year is scored with, and its YAML; null until the registry assigns one.</summary>
    public string? FrameworkId { get; set; }
    public int? FrameworkVersion { get; set; }
    public string? FrameworkYaml { get; set; }

    public void Assign(AssignedFramework framework) =>
        (FrameworkId, FrameworkVersion, FrameworkYaml) = (framework.FrameworkId, framework.Version, framework.Yaml);

    public bool HasMember(string unitId) => Members.Any(m => m.UnitId == unitId);

    /// <summary>The head and the deputy appraise and run the conference.</summary>
    public bool IsLedBy(string unitId) => HeadUnitId == unitId || DeputyUnitId == unitId;
}

public static class ClusterYearProblems
{
    /// <summary>The service has no copy of that year: the registry has not opened it (or its announcement has not arrived yet).</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotOpened(string clusterId, int year) =>
        Problems.Problems.NotFound($"Năm thi đua {year} của cụm/khối '{clusterId}' chưa được mở.");
}
