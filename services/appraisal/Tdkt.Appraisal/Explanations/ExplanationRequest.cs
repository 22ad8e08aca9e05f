namespace Tdkt.Appraisal.Explanations;

/// <summary>The head's question to a unit about its self-assessment, due in working days, and the unit's answer with files.</summary>
public sealed class ExplanationRequest
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public string? CriterionId { get; set; }
    public required string Question { get; set; }
    public int WorkingDays { get; set; }
    public DateOnly DueDate { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public string? Answer { get; set; }
    /// <summary>References to files the unit uploaded with intake (their SHA-256) or document numbers.</summary>
    public List<string> AnswerFiles { get; set; } = [];
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
