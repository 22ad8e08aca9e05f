namespace Tdkt.Contracts;

/// <summary>A member unit of a cluster-year, as the other services need to know it.</summary>
public record ClusterMember(string UnitId, string Name, IReadOnlyList<string> Emails);
