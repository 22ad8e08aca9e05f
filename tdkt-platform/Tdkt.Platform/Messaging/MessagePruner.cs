using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// Prunes a service's published outbox rows and consumed inbox rows past their retention, once the host has started and
/// then every interval: kept forever, they only grow, and the claim and the inbox check slow down with them.
/// </summary>
internal sealed class MessagePruner<TDb>(IServiceScopeFactory scopes, TimeProvider time, IHostApplicationLifetime lifetime,
    IConfiguration config, ILogger<MessagePruner<TDb>> log) : BackgroundService where TDb : ServiceDb
{
    private readonly TimeSpan _interval = TimeSpan.FromMinutes(config.GetValue(ConfigKeys.MessagePruneIntervalMinutes, 60.0));
    private readonly TimeSpan _keepSent = TimeSpan.FromDays(config.GetValue(ConfigKeys.OutboxRetentionDays, 7.0));
    private readonly TimeSpan _keepConsumed = TimeSpan.FromDays(config.GetValue(ConfigKeys.InboxRetentionDays, 30.0));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await lifetime.WhenStartedAsync(stoppingToken);
            while (true)
            {
                await PruneAsync(stoppingToken);
                await Task.Delay(_interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var now = time.GetUtcNow();
            var (sent, consumed) = await scope.ServiceProvider.GetRequiredService<TDb>().PruneAsync(now - _keepSent, now - _keepConsumed, ct);
            if (sent + consumed > 0) log.LogInformation("Pruned {Sent} published outbox rows and {Consumed} inbox rows", sent, consumed);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The database away (restarting) is met again at the next interval; nothing depends on a pruning.
            log.LogWarning("Pruning the outbox and inbox failed, next try in {Interval}: {Error}", _interval, e.GetBaseException().Message);
        }
    }
}
