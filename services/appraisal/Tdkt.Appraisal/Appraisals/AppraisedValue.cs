using Tdkt.Scoring.Sheets;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>
/// The head's or deputy's value for one criterion of one unit, replacing the unit's own. <see cref="Revision"/>
/// is a concurrency token: a save names the revision it started from, so two people saving the same criterion
/// cannot overwrite each other unseen.
/// </summary>
public sealed class AppraisedValue
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    /// <summary>"criteria" or "bonus": the two lists of a sheet.</summary>
    public required string Section { get; set; }
    public required string CriterionId { get; set; }
    public CriterionInput Input { get; set; } = new();
    public required string Comment { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public int Revision { get; set; }
}
