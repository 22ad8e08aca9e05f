using System.Diagnostics;
using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Resilience;

namespace Tdkt.Platform.Messaging;

public sealed record DispatchResult(int Claimed, int Sent, bool Failed);

/// <summary>
/// Publishes one batch of a service's unsent outbox rows, oldest first, concurrently across cluster-years and in
/// order within each (<see cref="OrderingKey"/>). On PostgreSQL the batch is claimed FOR UPDATE SKIP LOCKED, so
/// any number of replicas split the rows between them.
/// </summary>
public sealed class OutboxPublisher<TDb>(
    IServiceScopeFactory scopes, IBus bus, TimeProvider time, IConfiguration config, OutboxMetrics metrics,
    ILogger<OutboxPublisher<TDb>> log)
    where TDb : ServiceDb
{
    private readonly ResiliencePipeline _publish = TdktResilience.BrokerPublish();

    /// <summary>
    /// Rows claimed per dispatch. A batch is claimed, published and marked before the next is claimed, so under a burst the
    /// batch size sets the outbox's pace: with 100, 1,100-1,400 of P1's 2,000 accepted submissions were still unpublished
    /// when the last was accepted, with 500 or 1,000 350-620, and the end-to-end rate rose by a fifth.
    /// </summary>
    public int BatchSize { get; } = config.GetValue(ConfigKeys.OutboxBatchSize, 500);

    public async Task<DispatchResult> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        // One plain read when there is nothing to send: no transaction, no lock, no save.
        if (!await db.Outbox.AnyAsync(m => m.SentAt == null, ct)) return await NothingWaitsAsync(db.Schema);
        // The claim's lock lives in the transaction, on PostgreSQL only. On SQLite a transaction is BEGIN IMMEDIATE: the
        // file's one write lock, held while the batch is published, and every request's save waited on it. One process
        // owns a SQLite file and runs one dispatcher per service, so no one else claims these rows.
        await using var tx = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(ct) : null;
        var batch = await ClaimAsync(db, ct);
        if (batch.Count == 0) return await NothingWaitsAsync(db.Schema);
        // Published concurrently, in order within each cluster-year: each publish waits for the broker's confirm,
        // and one at a time that wait was the outbox's whole rate.
        var lanes = await Task.WhenAll(Lanes(batch).Select(lane => PublishInOrderAsync(lane, db.Schema, ct)));
        var sent = lanes.Sum(l => l.Sent);
        // What was published is recorded even when the batch stopped early, so it is not sent again.
        await RecordAsync(db, batch, [.. lanes.Select(l => l.Failed).OfType<OutboxMessage>()]);
        if (tx is not null) await tx.CommitAsync(CancellationToken.None);
        await MeasureAsync(db, batch, sent);
        return new DispatchResult(batch.Count, sent, sent < batch.Count);
    }

    /// <summary>A claimed row read back into its message, or the reason it cannot be.</summary>
    private readonly record struct Claimed(OutboxMessage Row, object? Message, Type? Type, Exception? Unreadable)
    {
        public static Claimed Read(OutboxMessage row)
        {
            try
            {
                var (message, type) = row.Deserialize();
                return new(row, message, type, null);
            }
            catch (Exception e)
            {
                return new(row, null, null, e);
            }
        }

        // An unreadable row goes alone: its failure is recorded on it and holds back nothing else.
        public string Key => Unreadable is null ? OrderingKey.Of(Message!) : $"unreadable/{Row.Sequence}";
    }

    /// <summary>The batch split by ordering key, each lane in the order of the outbox.</summary>
    private static IEnumerable<List<Claimed>> Lanes(List<OutboxMessage> batch) =>
        batch.Select(Claimed.Read).GroupBy(c => c.Key, StringComparer.Ordinal).Select(g => g.ToList());

    /// <summary>Publishes a lane's rows one after another; the first that fails stops the lane, so none overtakes it.</summary>
    private async Task<(int Sent, OutboxMessage? Failed)> PublishInOrderAsync(List<Claimed> lane, string schema, CancellationToken ct)
    {
        var sent = 0;
        foreach (var (row, message, type, unreadable) in lane)
        {
            using var activity = OutboxTracing.StartPublish(row, schema);
            try
            {
                if (unreadable is not null) ExceptionDispatchInfo.Throw(unreadable);
                await _publish.ExecuteAsync(async t => await bus.Publish(message!, type!, c => c.MessageId = row.MessageId, t), ct);
                row.SentAt = time.GetUtcNow();
                sent++;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                row.Attempts++;
                row.LastError = e.Message;
                activity?.AddException(e).SetStatus(ActivityStatusCode.Error, e.Message);
                log.LogWarning(e, "Outbox message {MessageId} of {Schema} not published yet", row.MessageId, schema);
                return (sent, row);
            }
        }
        return (sent, null);
    }

    /// <summary>
    /// The sent rows marked in one statement, not one UPDATE each, and each failure counted on its row. Each row keeps
    /// in memory the moment its confirm came (the lag metric reads it); the stored SentAt is the batch's last confirm.
    /// </summary>
    private static async Task RecordAsync(TDb db, List<OutboxMessage> batch, List<OutboxMessage> failed)
    {
        var sent = batch.Where(r => r.SentAt is not null).ToList();
        if (sent.Count == 0 && failed.Count == 0) return;
        // Not a SaveChanges, so the SQLite file's turn is taken here: saves of requests wait for it, not for SQLite's busy sleep.
        using var turn = await SqliteWriteGate.TakeTurnAsync(db, CancellationToken.None);
        if (sent.Count > 0)
        {
            var sequences = sent.Select(r => r.Sequence).ToList();
            var at = sent.Max(r => r.SentAt!.Value);
            await db.Outbox.Where(m => sequences.Contains(m.Sequence))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, at), CancellationToken.None);
        }
        foreach (var row in failed)
            await db.Outbox.Where(m => m.Sequence == row.Sequence).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Attempts, row.Attempts).SetProperty(m => m.LastError, row.LastError), CancellationToken.None);
    }

    private async Task<DispatchResult> NothingWaitsAsync(string schema)
    {
        metrics.OldestWaiting(schema, null);
        await metrics.Backlog(schema).AfterBatchAsync(0, 0, BatchSize, () => Task.FromResult(0));
        return new DispatchResult(0, 0, false);
    }

    private async Task MeasureAsync(TDb db, List<OutboxMessage> batch, int sent)
    {
        foreach (var row in batch.Where(r => r.SentAt is not null)) metrics.Published(db.Schema, row);
        // Claimed in order: the first unsent row is the oldest; after a full batch sent, the next is a little younger than its last.
        var oldest = batch.FirstOrDefault(r => r.SentAt is null) ?? (batch.Count >= BatchSize ? batch[^1] : null);
        metrics.OldestWaiting(db.Schema, oldest?.CreatedAt);
        await metrics.Backlog(db.Schema).AfterBatchAsync(batch.Count, sent, BatchSize,
            () => db.Outbox.CountAsync(m => m.SentAt == null, CancellationToken.None));
    }

    // The schema is the service's own constant, never input; the batch size stays a parameter.
    private Task<List<OutboxMessage>> ClaimAsync(TDb db, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Outbox.FromSqlRaw(ClaimSql(db.Schema), BatchSize).AsNoTracking().ToListAsync(ct)
            : db.Outbox.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.Sequence).Take(BatchSize).ToListAsync(ct);

    private static string ClaimSql(string schema) =>
        "SELECT * FROM \"" + schema + "\".\"OutboxMessages\" WHERE \"SentAt\" IS NULL ORDER BY \"Sequence\" LIMIT {0} FOR UPDATE SKIP LOCKED";
}
