namespace Tdkt.Appraisal.Publication;

/// <summary>
/// Where a cluster-year's appraisal stands: open, published to the members (objections until a date), finalized.
/// Once finalized nothing about its scores changes; <see cref="FinalJson"/> is the ScoresFinalized that was published.
/// </summary>
public sealed class AppraisalYear
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateOnly? ObjectionsUntil { get; set; }
    public DateTimeOffset? FinalizedAt { get; set; }
    public string? FinalJson { get; set; }
}

/// <summary>A member's objection to the published scores, within the window, and the head's answer.</summary>
public sealed class Objection
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public string? CriterionId { get; set; }
    public required string Text { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
