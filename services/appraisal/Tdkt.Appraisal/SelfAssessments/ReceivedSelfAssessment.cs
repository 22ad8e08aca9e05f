using Tdkt.Contracts;

namespace Tdkt.Appraisal.SelfAssessments;

/// <summary>A unit's self-assessment as appraisal received it, the starting point of the head's appraisal.</summary>
public sealed class ReceivedSelfAssessment
{
    public Guid SubmissionId { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public List<CriterionValue> Criteria { get; set; } = [];
}
