using Tdkt.Contracts;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>A unit's self-assessment as received; <see cref="SubmittedAt"/> is the server's time, the unit's receipt.</summary>
public sealed class SelfAssessment
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public List<CriterionValue> Criteria { get; set; } = [];
}

public sealed record SelfAssessmentReceipt(Guid Id, string ClusterId, int Year, string UnitId, DateTimeOffset SubmittedAt, int CriteriaCount)
{
    public static SelfAssessmentReceipt Of(SelfAssessment s) => new(s.Id, s.ClusterId, s.Year, s.UnitId, s.SubmittedAt, s.Criteria.Count);
}
