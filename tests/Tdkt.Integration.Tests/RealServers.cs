namespace Tdkt.Integration.Tests;

/// <summary>
/// Tests on the real broker run one class at a time: some stop the broker, and hosts of two
/// classes would otherwise compete for the same durable queues.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealServers
{
    public const string Name = "real servers";
}
