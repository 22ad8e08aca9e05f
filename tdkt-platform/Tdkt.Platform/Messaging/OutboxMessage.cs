using System.Text.Json;

namespace Tdkt.Platform.Messaging;

/// <summary>A message waiting to be published, written in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>The W3C trace context of the code that wrote the row (a request, a consumed message), if it ran in a trace.</summary>
    public string? TraceParent { get; set; }
    public string? TraceState { get; set; }

    public static OutboxMessage For(object message, DateTimeOffset now)
    {
        var type = message.GetType();
        var row = new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            MessageType = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Body = JsonSerializer.Serialize(message, type, MessageJson.Options),
            CreatedAt = now,
        };
        OutboxTracing.Capture(row);
        return row;
    }

    public (object Message, Type Type) Deserialize()
    {
        var type = Type.GetType(MessageType, throwOnError: true)!;
        return (JsonSerializer.Deserialize(Body, type, MessageJson.Options)!, type);
    }
}

internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
