using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>
/// One submitted version of a unit's self-assessment, never changed afterwards: a correction is the next version.
/// <see cref="SubmittedAt"/> is the server's time, the unit's receipt.
/// </summary>
public sealed class SelfAssessment
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public int Version { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public Dictionary<string, CriterionInput> Criteria { get; set; } = [];
    public Dictionary<string, CriterionInput> Bonus { get; set; } = [];
    /// <summary>The total the scoring library computed from the inputs with the year's framework.</summary>
    public decimal SelfScore { get; set; }
    /// <summary>The step's due moment when intake knew it, and how many days after it the version came.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public int? DaysLate { get; set; }
}

/// <summary>The unit's work in progress: one per unit and year, overwritten by every save, checked only loosely.</summary>
public sealed class SelfAssessmentDraft
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public required string SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public Dictionary<string, CriterionInput> Criteria { get; set; } = [];
    public Dictionary<string, CriterionInput> Bonus { get; set; } = [];
}
