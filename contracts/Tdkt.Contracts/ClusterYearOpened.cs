namespace Tdkt.Contracts;

/// <summary>
/// The registry opened an emulation year for a cluster: its head, deputy and members, and the scoring
/// framework (bảng chấm điểm) it is scored with, when one was assigned before opening. The framework's YAML
/// travels with it so every service scores from its own copy of exactly the version the year was opened on.
/// </summary>
public record ClusterYearOpened(
    string ClusterId,
    int Year,
    string ClusterName,
    string HeadUnitId,
    string? DeputyUnitId,
    IReadOnlyList<ClusterMember> Members,
    DateTimeOffset OpenedAt,
    AssignedFramework? Framework);
