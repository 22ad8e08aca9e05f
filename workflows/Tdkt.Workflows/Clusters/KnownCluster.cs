namespace Tdkt.Workflows.Clusters;

/// <summary>A cluster the registry has announced (ClusterRegistered, or one of its years opened): a definition may be assigned to it.</summary>
public sealed class KnownCluster
{
    public required string ClusterId { get; set; }
    public required string Name { get; set; }
}
