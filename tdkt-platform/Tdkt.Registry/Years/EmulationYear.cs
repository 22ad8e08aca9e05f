namespace Tdkt.Registry.Years;

/// <summary>A cluster's năm thi đua: its head and deputy units and its members for that year.</summary>
public sealed class EmulationYear
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string HeadUnitId { get; set; }
    public string? DeputyUnitId { get; set; }
    public List<string> MemberUnitIds { get; set; } = [];
    /// <summary>Null while being prepared; set once opened and announced to the other services.</summary>
    public DateTimeOffset? OpenedAt { get; set; }
    /// <summary>The scoring framework version the year is scored with; none until an administrator assigns one.</summary>
    public string? FrameworkId { get; set; }
    public int? FrameworkVersion { get; set; }
}
