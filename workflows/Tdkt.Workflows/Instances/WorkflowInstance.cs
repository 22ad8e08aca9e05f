namespace Tdkt.Workflows.Instances;

/// <summary>A cluster-year running one pinned definition version, with the dates its head has set.</summary>
public sealed class WorkflowInstance
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    /// <summary>Step id → the date set for it (e.g. the summary conference); relative deadlines hang on these.</summary>
    public Dictionary<string, DateOnly> KnownDates { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Grows with every plan; announced with StepsPlanned so copies can tell an older plan from a newer one.</summary>
    public long PlanRevision { get; set; }
}
