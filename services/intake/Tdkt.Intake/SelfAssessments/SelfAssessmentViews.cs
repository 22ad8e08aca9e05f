using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>What the unit gets back for a version: its number, the server time, the computed self-score and lateness.</summary>
public sealed record SelfAssessmentReceipt(
    Guid Id, string ClusterId, int Year, string UnitId, int Version, DateTimeOffset SubmittedAt,
    int CriteriaCount, decimal SelfScore, DateTimeOffset? DueAt, int? DaysLate)
{
    public static SelfAssessmentReceipt Of(SelfAssessment s) =>
        new(s.Id, s.ClusterId, s.Year, s.UnitId, s.Version, s.SubmittedAt, s.Criteria.Count + s.Bonus.Count, s.SelfScore, s.DueAt, s.DaysLate);
}

/// <summary>A version in full: the inputs as sent and, when the framework is known, the points of each criterion with its trace.</summary>
public sealed record SelfAssessmentDetail(
    SelfAssessmentReceipt Receipt, IReadOnlyDictionary<string, CriterionInput> Criteria,
    IReadOnlyDictionary<string, CriterionInput> Bonus, UnitResult? Scored);

/// <summary>The saved draft and what the framework says about it so far (problems are not refused in a draft).</summary>
public sealed record SelfAssessmentDraftView(
    DateTimeOffset SavedAt, IReadOnlyDictionary<string, CriterionInput> Criteria, IReadOnlyDictionary<string, CriterionInput> Bonus,
    decimal? SelfScore, IReadOnlyDictionary<string, string[]> Problems);
