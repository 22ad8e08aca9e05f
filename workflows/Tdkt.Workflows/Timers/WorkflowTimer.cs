namespace Tdkt.Workflows.Timers;

public enum TimerKind { Reminder = 0, Missed = 1 }

/// <summary>
/// A due instant kept as a row: claimed FOR UPDATE SKIP LOCKED by whichever replica gets there
/// first, and marked fired in the same transaction as the reminders and messages it produces.
/// (ObligationId, Kind, Offset, DueDate) is unique, so a reminder for one deadline exists once
/// even when the plan is recomputed.
/// </summary>
public sealed class WorkflowTimer
{
    public long Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public long ObligationId { get; set; }
    public TimerKind Kind { get; set; }
    /// <summary>Working days before the due day (reminders); 0 for misses.</summary>
    public int Offset { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset FireAt { get; set; }
    public DateTimeOffset? FiredAt { get; set; }
}
