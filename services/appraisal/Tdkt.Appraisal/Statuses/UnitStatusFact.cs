namespace Tdkt.Appraisal.Statuses;

/// <summary>
/// An exclusion or deferral of a unit for the year, with its reason: a fact of the framework's list (FactId),
/// or a rule outside it (a missed step with "exclude: true", a unit that never registered).
/// </summary>
public sealed class UnitStatusFact
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public string? FactId { get; set; }
    /// <summary>For a rule outside the framework: true excludes, false defers.</summary>
    public bool Exclude { get; set; }
    public required string Reason { get; set; }
    public required string Source { get; set; }
    public required string SourceKey { get; set; }
    public required string By { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
