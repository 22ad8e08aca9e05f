namespace Tdkt.Platform.Messaging;

/// <summary>A message a consumer has already applied; its key makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
