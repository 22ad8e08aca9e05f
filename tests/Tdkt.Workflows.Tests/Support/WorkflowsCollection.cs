namespace Tdkt.Workflows.Tests.Support;

/// <summary>The runtime tests share one broker and fire timers by the clock: they run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkflowsCollection
{
    public const string Name = "workflows runtime";
}
