namespace Tdkt.Workflows.Completions;

/// <summary>
/// A completion event as the runtime received it. Kept whether or not an obligation matched it then: an event
/// may arrive before the year is planned (its definition assigned a moment later, or the year's announcement still
/// on its way), and the plan made later must find it, or the unit would be reminded of what it already did.
/// </summary>
public sealed class ReceivedCompletion
{
    public long Id { get; set; }
    /// <summary>The message that carried it; one row per message (the inbox applies a message once).</summary>
    public Guid MessageId { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string Event { get; set; }
    public string? UnitId { get; set; }
    public Dictionary<string, string> Fields { get; set; } = [];
    /// <summary>When the unit did it (the event's own time), which decides on-time or late.</summary>
    public DateTimeOffset CompletedAt { get; set; }

    public static ReceivedCompletion Of(CompletionEvent e, Guid messageId) => new()
    {
        MessageId = messageId, ClusterId = e.ClusterId, Year = e.Year, Event = e.Event, UnitId = e.UnitId,
        Fields = new Dictionary<string, string>(e.Fields), CompletedAt = e.At,
    };

    public CompletionEvent ToEvent() => new(Event, ClusterId, Year, UnitId, Fields, CompletedAt);
}
