namespace Tdkt.Appraisal.Audit;

/// <summary>One change to a cluster-year's scores: who, when, old value → new value, and why. Never changed or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public string? UnitId { get; set; }
    public string? CriterionId { get; set; }
    /// <summary>value, deduction, status, explanation, objection, publication, finalization.</summary>
    public required string What { get; set; }
    public string? Old { get; set; }
    public string? New { get; set; }
    public required string Why { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
}
