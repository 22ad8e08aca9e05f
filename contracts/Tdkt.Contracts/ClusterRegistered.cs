namespace Tdkt.Contracts;

/// <summary>The registry created a cluster or block (cụm, khối thi đua); other services learn that it exists.</summary>
public record ClusterRegistered(string ClusterId, string Name, DateTimeOffset RegisteredAt);
