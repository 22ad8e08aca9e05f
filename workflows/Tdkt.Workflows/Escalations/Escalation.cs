namespace Tdkt.Workflows.Escalations;

/// <summary>The record of a missed deadline and the consequences the definition attaches to it (applied by appraisal).</summary>
public sealed class Escalation
{
    public long Id { get; set; }
    public long ObligationId { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string StepId { get; set; }
    public required string UnitId { get; set; }
    public DateOnly DueDate { get; set; }
    public decimal Deduct { get; set; }
    public bool Exclude { get; set; }
    public List<string> Notified { get; set; } = [];
    public DateTimeOffset MissedAt { get; set; }
}
