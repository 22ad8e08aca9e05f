namespace Tdkt.Contracts;

/// <summary>The registry opened an emulation year for a cluster: its head, deputy and members.</summary>
public record ClusterYearOpened(
    string ClusterId,
    int Year,
    string ClusterName,
    string HeadUnitId,
    string? DeputyUnitId,
    IReadOnlyList<ClusterMember> Members,
    DateTimeOffset OpenedAt);
