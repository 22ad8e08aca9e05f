using Tdkt.Contracts;

namespace Tdkt.Appraisal.SelfAssessments;

/// <summary>A version of a unit's self-assessment as appraisal received it; the latest version is the starting point of the appraisal.</summary>
public sealed class ReceivedSelfAssessment
{
    public Guid SubmissionId { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public int Version { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public List<CriterionValue> Criteria { get; set; } = [];
    public List<CriterionValue> Bonus { get; set; } = [];
    public decimal SelfScore { get; set; }
    public int? DaysLate { get; set; }
}
