using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// Deletes the outbox rows published and the inbox rows consumed before a cutoff; an unpublished row is never deleted,
/// however old. Written in SQL because SQLite cannot compare a DateTimeOffset column in a LINQ query; both providers
/// store the instants in UTC, so the comparison holds on each.
/// </summary>
public static class MessageRetention
{
    /// <summary>Rows deleted per statement, so a first pruning of a large table does not hold its locks for long.</summary>
    public const int Batch = 5_000;

    public static async Task<(int Outbox, int Inbox)> PruneAsync(this ServiceDb db, DateTimeOffset sentBefore,
        DateTimeOffset processedBefore, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var outbox = Table<OutboxMessage>(db, sql);
        var inbox = Table<InboxMessage>(db, sql);
        var (sequence, sentAt) = (sql.DelimitIdentifier(nameof(OutboxMessage.Sequence)), sql.DelimitIdentifier(nameof(OutboxMessage.SentAt)));
        var (messageId, consumer, processedAt) = (sql.DelimitIdentifier(nameof(InboxMessage.MessageId)),
            sql.DelimitIdentifier(nameof(InboxMessage.Consumer)), sql.DelimitIdentifier(nameof(InboxMessage.ProcessedAt)));
        var sent = await DeleteAllAsync(db,
            $"DELETE FROM {outbox} WHERE {sequence} IN (SELECT {sequence} FROM {outbox} WHERE {sentAt} < {{0}} LIMIT {Batch})", sentBefore, ct);
        var consumed = await DeleteAllAsync(db,
            $"DELETE FROM {inbox} WHERE ({messageId}, {consumer}) IN (SELECT {messageId}, {consumer} FROM {inbox} WHERE {processedAt} < {{0}} LIMIT {Batch})",
            processedBefore, ct);
        return (sent, consumed);
    }

    private static string Table<T>(ServiceDb db, ISqlGenerationHelper sql)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        return sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    private static async Task<int> DeleteAllAsync(ServiceDb db, string statement, DateTimeOffset cutoff, CancellationToken ct)
    {
        var total = 0;
        int deleted;
        do total += deleted = await db.Database.ExecuteSqlRawAsync(statement, [cutoff.ToUniversalTime()], ct);
        while (deleted == Batch);
        return total;
    }
}
