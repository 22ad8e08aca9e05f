namespace Tdkt.Workflows.Instances;

/// <summary>
/// One unit's duty to complete one step of a cluster-year. Each-member steps owe one per member;
/// head, cluster and deputy steps are owed by the leading unit; board steps by "board".
/// </summary>
public sealed class Obligation
{
    public const string BoardRecipient = "board";

    public long Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string StepId { get; set; }
    public required string UnitId { get; set; }
    public DateOnly? DueDate { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Set when the miss was escalated (DeadlineMissed published).</summary>
    public DateTimeOffset? MissedAt { get; set; }
}
