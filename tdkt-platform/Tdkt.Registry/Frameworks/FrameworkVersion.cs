namespace Tdkt.Registry.Frameworks;

/// <summary>
/// One version of a scoring framework (bảng chấm điểm) as uploaded: its YAML is the source of truth and is
/// valid by construction (checked with FrameworkLoader before it is stored). Whether it may still change is
/// not stored: it follows from the opened years it is assigned to, so it can never go stale.
/// </summary>
public sealed class FrameworkVersion
{
    public required string FrameworkId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Yaml { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Null until the YAML of this version is replaced (allowed only while no opened year uses it).</summary>
    public DateTimeOffset? ChangedAt { get; set; }
    /// <summary>
    /// Raised by every correction of the YAML and every opening of a year on this version. It is a concurrency
    /// token, so a correction racing an opening cannot both succeed: the year would be opened on a text that
    /// was replaced under it.
    /// </summary>
    public int Revision { get; set; }
}
