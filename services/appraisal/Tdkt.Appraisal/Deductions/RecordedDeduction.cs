namespace Tdkt.Appraisal.Deductions;

/// <summary>
/// A deduction of a unit's year: manual (a type of the framework's catalogue, with its rule, reason and evidence)
/// or automatic (a workflow consequence, points given). <see cref="SourceKey"/> is unique, so the same missed
/// deadline is recorded once however often its event arrives.
/// </summary>
public sealed class RecordedDeduction
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public required string Type { get; set; }
    public int Count { get; set; }
    public decimal? PointsEach { get; set; }
    public required string Reason { get; set; }
    public List<string> Evidence { get; set; } = [];
    /// <summary>"manual", or "deadline" for a missed workflow step.</summary>
    public required string Source { get; set; }
    public required string SourceKey { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Set when withdrawn (kept for the audit trail, no longer counted).</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}
