namespace Tdkt.Workflows.Reminders;

public enum NoticeKind { Reminder = 0, Missed = 1 }

public enum EmailState { NoAddress = 0, Pending = 1, Sent = 2, Failed = 3, Disabled = 4 }

/// <summary>
/// An item in a unit's (or the board's) in-app inbox, which also carries its e-mail delivery state:
/// the in-app copy exists as soon as the timer fires, the e-mail follows independently.
/// </summary>
public sealed class Notice
{
    public long Id { get; set; }
    public long TimerId { get; set; }
    public required string Recipient { get; set; }
    public NoticeKind Kind { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string StepId { get; set; }
    public required string UnitId { get; set; }
    public DateOnly DueDate { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? EmailTo { get; set; }
    public EmailState EmailState { get; set; }
    public int EmailAttempts { get; set; }
    public DateTimeOffset? EmailNextAttemptAt { get; set; }
    public DateTimeOffset? EmailSentAt { get; set; }
    public string? EmailError { get; set; }
}
