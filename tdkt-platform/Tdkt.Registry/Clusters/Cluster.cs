namespace Tdkt.Registry.Clusters;

public enum ClusterKind { Cluster, Block }

/// <summary>A Cụm (cluster) or Khối (block) thi đua.</summary>
public sealed class Cluster
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ClusterKind Kind { get; set; }
    /// <summary>Who set up the cluster, e.g. "UBND tỉnh Điện Biên".</summary>
    public string? Authority { get; set; }
}
