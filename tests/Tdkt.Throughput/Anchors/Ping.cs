namespace Tdkt.Throughput.Anchors;

/// <summary>The anchors' message: as small as a platform event's identity, so the anchor measures the parts, not serialization.</summary>
public sealed record Ping(Guid Id, long Sequence);
