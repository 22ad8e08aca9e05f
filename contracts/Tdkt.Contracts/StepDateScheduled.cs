namespace Tdkt.Contracts;

/// <summary>The head set or moved the date of a step (e.g. the summary conference).</summary>
/// <param name="PreviousDate">The date it replaced, null when set for the first time.</param>
public record StepDateScheduled(
    string ClusterId,
    int Year,
    string StepId,
    DateOnly Date,
    DateOnly? PreviousDate,
    string ScheduledBy,
    DateTimeOffset ScheduledAt);
