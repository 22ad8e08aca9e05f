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
    /// Applies each message of a batch at most once per consumer, in the given order: the inbox is read once for the
    /// whole batch, each new message is applied and its inbox row added, and all of it is saved once, so the caller's
    /// transaction commits the batch's changes and inbox rows together. A message twice in one batch is applied once.
    /// An apply that reads rows an earlier one in the batch changed sees the tracked, changed entities.
    /// </summary>
    public static async Task ConsumeEachOnceAsync<T>(this ServiceDb db, IEnumerable<ConsumeContext<T>> messages, string consumer,
        TimeProvider time, Func<ConsumeContext<T>, CancellationToken, Task> apply, CancellationToken ct) where T : class
    {
        var batch = messages.ToList();
        var ids = batch.Select(MessageIdOf).Distinct().ToList();
        var done = (await db.Inbox.Where(m => m.Consumer == consumer && ids.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(ct))
            .ToHashSet();
        try
        {
            foreach (var message in batch)
            {
                if (!done.Add(MessageIdOf(message))) continue;
                await apply(message, ct);
                db.Inbox.Add(Processed(MessageIdOf(message), consumer, time));
            }
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The retry must start from the database, not from this attempt's tracked changes.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// The first try of a consumer whose change only adds rows to this context (nothing sent, nothing called), for a batch
    /// of messages: their rows and inbox rows are inserted in one save without reading first, and the keys refuse a
    /// message already applied. Almost every message is new, so this saves the reads ConsumeOnceAsync makes before each,
    /// and a batch commits once (on SQLite one fsync and one write of each page for the batch instead of for each message).
    /// </summary>
    /// <param name="keyOf">The key of the row a message adds: two messages of the batch with one key (or one message id) are
    /// not staged together, as the context cannot track two rows with one key.</param>
    /// <returns>False when a key refused a row, or two messages share one (nothing was saved, the context is clear):
    /// decide each with ConsumeOnceAsync.</returns>
    public static async Task<bool> InsertOnceAsync<T>(this ServiceDb db, Batch<T> messages, string consumer,
        TimeProvider time, Func<T, object> keyOf, Action<T> stage, CancellationToken ct) where T : class
    {
        if (messages.Select(MessageIdOf).Distinct().Count() < messages.Length
            || messages.Select(m => keyOf(m.Message)).Distinct().Count() < messages.Length) return false;
        foreach (var message in messages)
        {
            stage(message.Message);
            db.Inbox.Add(Processed(MessageIdOf(message), consumer, time));
        }
        try
        {
            // One message fits one statement batch; many may not, and split batches without a transaction could commit apart.
            await (messages.Length == 1 ? db.SaveOneBatchAsync(ct) : db.SaveChangesAsync(ct));
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
