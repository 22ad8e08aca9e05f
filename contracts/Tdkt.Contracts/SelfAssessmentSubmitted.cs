namespace Tdkt.Contracts;

/// <summary>A member unit submitted its self-assessment; <see cref="SubmittedAt"/> is intake's server time.</summary>
public record SelfAssessmentSubmitted(
    Guid SubmissionId,
    string ClusterId,
    int Year,
    string UnitId,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<CriterionValue> Criteria);
