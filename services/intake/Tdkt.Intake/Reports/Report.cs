namespace Tdkt.Intake.Reports;

/// <summary>A report a unit sent, with its files; <see cref="SubmittedAt"/> is the server's time, the unit's receipt.</summary>
public sealed class Report
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public required string Kind { get; set; }
    public string? Title { get; set; }
    public string? Note { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    /// <summary>The deadline the report answered, once intake knows the year's due dates (not yet filled).</summary>
    public DateTimeOffset? DueAt { get; set; }
    /// <summary>How late past <see cref="DueAt"/> it came; null when on time or not known.</summary>
    public TimeSpan? LateBy { get; set; }
    public List<ReportFile> Files { get; set; } = [];
}

/// <summary>One file of a report: the content is in the file store under <see cref="Sha256"/>; the name is the user's, for display only.</summary>
public sealed class ReportFile
{
    public Guid ReportId { get; set; }
    public required string Sha256 { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
}
