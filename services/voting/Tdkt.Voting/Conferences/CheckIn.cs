namespace Tdkt.Voting.Conferences;

/// <summary>A member unit present at a conference, and the delegate who speaks and votes for it.</summary>
public sealed class CheckIn
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string Kind { get; set; }
    public required string UnitId { get; set; }
    public required string UnitName { get; set; }
    public required string DelegateName { get; set; }
    public required string DelegatePosition { get; set; }
    public DateTimeOffset CheckedInAt { get; set; }
}
