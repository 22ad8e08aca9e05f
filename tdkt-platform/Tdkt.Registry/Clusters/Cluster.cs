using System.Text.Json.Serialization;

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

    // The pending next leadership (NextLeadership), in columns of its own: shown through the property below.
    [JsonIgnore] public int? NextLeadershipForYear { get; set; }
    [JsonIgnore] public string? NextHeadUnitId { get; set; }
    [JsonIgnore] public string? NextDeputyUnitId { get; set; }
    [JsonIgnore] public string? NextLeadershipHow { get; set; }
    [JsonIgnore] public int? NextLeadershipDecidedAtYear { get; set; }
    [JsonIgnore] public DateTimeOffset? NextLeadershipDecidedAt { get; set; }

    /// <summary>
    /// The head and deputy a summary conference chose for a year the registry does not have yet; that year takes
    /// them when it is created without a head of its own. Null when none is pending.
    /// </summary>
    public NextLeadership? NextLeadership
    {
        get => NextLeadershipForYear is { } forYear && NextHeadUnitId is { } head
            ? new NextLeadership(forYear, head, NextDeputyUnitId, NextLeadershipHow ?? "", NextLeadershipDecidedAtYear ?? forYear - 1,
                NextLeadershipDecidedAt ?? default)
            : null;
        set
        {
            NextLeadershipForYear = value?.ForYear;
            NextHeadUnitId = value?.Head;
            NextDeputyUnitId = value?.Deputy;
            NextLeadershipHow = value?.How;
            NextLeadershipDecidedAtYear = value?.DecidedAtYear;
            NextLeadershipDecidedAt = value?.DecidedAt;
        }
    }
}
