namespace Tdkt.Workflows.Definitions;

/// <summary>Which definition a cluster's years follow; a year pins the latest published version when it opens.</summary>
public sealed class ClusterAssignment
{
    public required string ClusterId { get; set; }
    public required string DefinitionId { get; set; }
    public DateTimeOffset AssignedAt { get; set; }

    /// <summary>The shipped demo clusters and the definitions written from their seeds.</summary>
    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>
    {
        ["dien-bien-vung-cao"] = "db-cum-vung-cao",
        ["bac-kan-huyen-thanh-pho"] = "bk-cum-khoi-tinh",
    };
}
