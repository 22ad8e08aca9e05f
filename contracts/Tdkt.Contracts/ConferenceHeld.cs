namespace Tdkt.Contracts;

/// <summary>A conference or meeting of the cluster-year took place.</summary>
/// <param name="Kind">mid-year-review, pre-meeting or summary.</param>
public record ConferenceHeld(string ClusterId, int Year, string Kind, DateOnly HeldOn, DateTimeOffset RecordedAt);
