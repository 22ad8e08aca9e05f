using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Tdkt.Platform.Hosting;

namespace Tdkt.Workflows.Timers;

/// <summary>
/// Fires due timers batch after batch, then sleeps: one poll interval, longer while nothing is due. Any number of replicas may run
/// it. A poll interval of 0 turns it off (the simulator fires timers itself, in virtual time).
/// </summary>
internal sealed class TimerRunner(TimerFiring firing, IConfiguration config, ILogger<TimerRunner> log) : BackgroundService
{
    private readonly TimeSpan _poll = TimeSpan.FromMilliseconds(config.GetValue(ConfigKeys.WorkflowTimerPollMilliseconds, 1000));
    private readonly ResiliencePipeline _pipeline = WorkflowResilience.Channel("in-app");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_poll <= TimeSpan.Zero) return;
        var idle = new IdleBackoff(_poll);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var fired = await _pipeline.ExecuteAsync(async ct => await firing.FireBatchAsync(ct), stoppingToken);
                if (fired.Count > 0) log.LogInformation("Fired {Count} workflow timers", fired.Count);
                if (fired.Count >= firing.BatchSize) continue;
                await Task.Delay(idle.Next(foundWork: fired.Count > 0), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (BrokenCircuitException e)
            {
                await Sleep(e.RetryAfter ?? TimeSpan.FromSeconds(5), stoppingToken);
            }
            catch (Exception e)
            {
                log.LogError(e, "Firing workflow timers failed; the batch is rolled back and will be claimed again");
                await Sleep(_poll, stoppingToken);
            }
        }
    }

    private static Task Sleep(TimeSpan delay, CancellationToken ct) =>
        Task.Delay(delay, ct).ContinueWith(_ => { }, CancellationToken.None);
}
