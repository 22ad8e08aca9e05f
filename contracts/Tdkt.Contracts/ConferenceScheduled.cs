namespace Tdkt.Contracts;

/// <summary>
/// The head scheduled (or moved) a conference of the cluster-year. The workflows runtime re-plans every step
/// counted from it; this is the one way a conference date is set.
/// </summary>
/// <param name="Kind">mid-year-review, pre-meeting or summary.</param>
/// <param name="PreviousDate">The date it replaced, null when scheduled for the first time.</param>
public record ConferenceScheduled(
    string ClusterId,
    int Year,
    string Kind,
    DateOnly Date,
    string Venue,
    DateOnly? PreviousDate,
    string ScheduledBy,
    DateTimeOffset ScheduledAt);
