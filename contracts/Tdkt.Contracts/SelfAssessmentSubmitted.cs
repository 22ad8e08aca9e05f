namespace Tdkt.Contracts;

/// <summary>
/// A member unit submitted a version of its self-assessment; <see cref="SubmittedAt"/> is intake's server time.
/// A later version replaces an earlier one; <see cref="SelfScore"/> is intake's computation with the year's framework.
/// </summary>
/// <param name="DaysLate">Days after the step's due date, null when on time or when no due date is known.</param>
public record SelfAssessmentSubmitted(
    Guid SubmissionId,
    string ClusterId,
    int Year,
    string UnitId,
    int Version,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<CriterionValue> Criteria,
    IReadOnlyList<CriterionValue> Bonus,
    decimal SelfScore,
    int? DaysLate);
