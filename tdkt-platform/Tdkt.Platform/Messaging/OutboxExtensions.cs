using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Messaging;

public static class OutboxExtensions
{
    /// <summary>Queues a message to be published once the caller's SaveChanges commits.</summary>
    public static OutboxMessage PublishViaOutbox(this ServiceDb db, object message, TimeProvider time)
    {
        var row = OutboxMessage.For(message, time.GetUtcNow());
        db.Outbox.Add(row);
        return row;
    }

    /// <summary>
    /// Applies a consumed message at most once per consumer: the inbox row and the change commit in
    /// one SaveChanges, so a redelivery (or a concurrent duplicate, which fails on the key and is
    /// retried) finds the row and does nothing.
    /// </summary>
    public static async Task<bool> ConsumeOnceAsync(this ServiceDb db, ConsumeContext context, string consumer,
        TimeProvider time, Func<CancellationToken, Task> apply)
    {
        var messageId = MessageIdOf(context);
        var ct = context.CancellationToken;
        if (await db.Inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, ct)) return false;
        try
        {
            await apply(ct);
            db.Inbox.Add(Processed(messageId, consumer, time));
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The retry must start from the database, not from this attempt's tracked changes.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// The first try of a consumer whose change only adds rows to this context (nothing sent, nothing called): the rows
    /// and the inbox row are inserted without reading first, and the keys refuse a message already applied. Almost
    /// every message is new, so this saves the reads ConsumeOnceAsync makes before each one.
    /// </summary>
    /// <returns>False when a key refused the rows (nothing was saved, the context is cleared): decide with ConsumeOnceAsync.</returns>
    public static async Task<bool> InsertOnceAsync(this ServiceDb db, ConsumeContext context, string consumer, TimeProvider time, Action stage)
    {
        var messageId = MessageIdOf(context);
        stage();
        db.Inbox.Add(Processed(messageId, consumer, time));
        try
        {
            await db.SaveOneBatchAsync(context.CancellationToken);
            return true;
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            if (e.IsUniqueViolation()) return false;
            throw;
        }
    }

    private static Guid MessageIdOf(ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be de-duplicated.");

    private static InboxMessage Processed(Guid messageId, string consumer, TimeProvider time) =>
        new() { MessageId = messageId, Consumer = consumer, ProcessedAt = time.GetUtcNow() };
}
