using System.Diagnostics;
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
/// Publishes one batch of a service's unsent outbox rows, oldest first. On PostgreSQL the batch is
/// claimed FOR UPDATE SKIP LOCKED, so any number of replicas split the rows between them.
/// </summary>
public sealed class OutboxPublisher<TDb>(
    IServiceScopeFactory scopes, IBus bus, TimeProvider time, IConfiguration config, OutboxMetrics metrics,
    ILogger<OutboxPublisher<TDb>> log)
    where TDb : ServiceDb
{
    private readonly ResiliencePipeline _publish = TdktResilience.BrokerPublish();

    public int BatchSize { get; } = config.GetValue(ConfigKeys.OutboxBatchSize, 100);

    public async Task<DispatchResult> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        // One plain read when there is nothing to send: no transaction, no lock, no save.
        if (!await db.Outbox.AnyAsync(m => m.SentAt == null, ct)) return await NothingWaitsAsync(db.Schema);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = await ClaimAsync(db, ct);
        if (batch.Count == 0) return await NothingWaitsAsync(db.Schema);
        var sent = 0;
        foreach (var row in batch)
        {
            using var activity = OutboxTracing.StartPublish(row, db.Schema);
            try
            {
                var (message, type) = row.Deserialize();
                await _publish.ExecuteAsync(
                    async t => await bus.Publish(message, type, c => c.MessageId = row.MessageId, t), ct);
                row.SentAt = time.GetUtcNow();
                sent++;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                row.Attempts++;
                row.LastError = e.Message;
                activity?.AddException(e).SetStatus(ActivityStatusCode.Error, e.Message);
                log.LogWarning(e, "Outbox message {MessageId} of {Schema} not published yet", row.MessageId, db.Schema);
                break;
            }
        }
        // What was published is recorded even when the batch stopped early, so it is not sent again.
        await db.SaveChangesAsync(CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        await MeasureAsync(db, batch, sent);
        return new DispatchResult(batch.Count, sent, sent < batch.Count);
    }

    private async Task<DispatchResult> NothingWaitsAsync(string schema)
    {
        metrics.OldestWaiting(schema, null);
        await metrics.Backlog(schema).AfterBatchAsync(0, 0, BatchSize, () => Task.FromResult(0));
        return new DispatchResult(0, 0, false);
    }

    private async Task MeasureAsync(TDb db, List<OutboxMessage> batch, int sent)
    {
        foreach (var row in batch.Take(sent)) metrics.Published(db.Schema, row);
        // Claimed in order: the first unsent row is the oldest; after a full batch sent, the next is a little younger than its last.
        var oldest = sent < batch.Count ? batch[sent] : batch.Count >= BatchSize ? batch[^1] : null;
        metrics.OldestWaiting(db.Schema, oldest?.CreatedAt);
        await metrics.Backlog(db.Schema).AfterBatchAsync(batch.Count, sent, BatchSize,
            () => db.Outbox.CountAsync(m => m.SentAt == null, CancellationToken.None));
    }

    // The schema is the service's own constant, never input; the batch size stays a parameter.
    private Task<List<OutboxMessage>> ClaimAsync(TDb db, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Outbox.FromSqlRaw(ClaimSql(db.Schema), BatchSize).ToListAsync(ct)
            : db.Outbox.Where(m => m.SentAt == null).OrderBy(m => m.Sequence).Take(BatchSize).ToListAsync(ct);

    private static string ClaimSql(string schema) =>
        "SELECT * FROM \"" + schema + "\".\"OutboxMessages\" WHERE \"SentAt\" IS NULL ORDER BY \"Sequence\" LIMIT {0} FOR UPDATE SKIP LOCKED";
}
