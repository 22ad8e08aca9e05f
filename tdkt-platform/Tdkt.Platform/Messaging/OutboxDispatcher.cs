using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// Runs the outbox publisher: at once after a commit that queued messages, otherwise on a poll that
/// slows down while nothing is found (rows written by another process); backs off while the broker is down.
/// </summary>
internal sealed class OutboxDispatcher<TDb>(
    OutboxPublisher<TDb> publisher, OutboxSignal<TDb> signal, IHostApplicationLifetime lifetime,
    IConfiguration config, ILogger<OutboxDispatcher<TDb>> log) : BackgroundService where TDb : ServiceDb
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a wake-up waits for more commits before claiming: under a stream of requests each commit woke a batch
    /// of one, four round trips of claim and mark for every message.
    /// </summary>
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(50);
    private readonly TimeSpan _poll = TimeSpan.FromMilliseconds(config.GetValue(ConfigKeys.OutboxPollMilliseconds, 1000));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The bus and the schema must be up before the first publish.
        try { await lifetime.WhenStartedAsync(stoppingToken); }
        catch (OperationCanceledException) { return; }
        var backoff = TimeSpan.Zero;
        var idle = new IdleBackoff(_poll);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await publisher.DispatchBatchAsync(stoppingToken);
                if (result.Failed)
                {
                    backoff = Next(backoff);
                    await Task.Delay(backoff, stoppingToken);
                    continue;
                }
                backoff = TimeSpan.Zero;
                if (result.Claimed >= publisher.BatchSize) continue;
                if (await signal.WaitAsync(idle.Next(foundWork: result.Claimed > 0), stoppingToken))
                {
                    idle.Reset();
                    await Task.Delay(Gather, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            // The database away (restarting) backs off like the broker away, so the rows go out soon after it is back.
            catch (Exception e)
            {
                backoff = Next(backoff);
                if (e.IsDatabaseUnavailable()) log.LogWarning("Outbox dispatch waits {Backoff} for the database: {Error}", backoff, e.GetBaseException().Message);
                else log.LogError(e, "Outbox dispatch failed; retrying in {Backoff}", backoff);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
    }

    private static TimeSpan Next(TimeSpan backoff) => backoff == TimeSpan.Zero ? TimeSpan.FromMilliseconds(250) : Min(backoff * 2, MaxBackoff);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
