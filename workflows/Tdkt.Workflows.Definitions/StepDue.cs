namespace Tdkt.Workflows.Definitions;

/// <summary>A step's deadline for one cluster-year, or why it has none yet.</summary>
/// <param name="Opens">First day of the period, for period rules (quarter, month, window).</param>
/// <param name="Due">Last day on which the step is on time: the date the cluster set for it, if any, else the rule's.</param>
/// <param name="DueAt">The end of <paramref name="Due"/>, 23:59:59 Asia/Ho_Chi_Minh.</param>
/// <param name="Scheduled">The date the cluster set for this step (e.g. its conference), if any.</param>
/// <param name="NotDatedReason">Vietnamese, when the anchor's date is not known yet.</param>
/// <param name="RuleDue">The deadline the definition's rule gives, when a set date took its place as <paramref name="Due"/>.</param>
public sealed record StepDue(
    string StepId,
    DateOnly? Opens,
    DateOnly? Due,
    DateTimeOffset? DueAt,
    DateOnly? Scheduled,
    string? NotDatedReason,
    DateOnly? RuleDue = null)
{
    public bool IsDated => Due is not null;

    /// <summary>The cluster set a date later than the step's own deadline (e.g. a conference after 20 January).</summary>
    public bool ScheduledAfterDue => Scheduled is not null && RuleDue is not null && Scheduled > RuleDue;
}
