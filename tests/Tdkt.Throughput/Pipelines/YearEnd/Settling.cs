using System.Diagnostics;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// The year-end is over when every service has published what it wrote (no unsent outbox row) and a sample of the
/// queues taken after that finds no message waiting. rabbitmqctl, which also counts the messages a consumer holds
/// unacknowledged, costs seconds when the broker has just been busy, so it only checks afterwards, outside the time.
/// </summary>
public static class Settling
{
    public static async Task RunAsync(YearEndRun run, QueueDepths depths)
    {
        var watch = Stopwatch.StartNew();
        var told = TimeSpan.Zero;
        int? emptySince = null;
        while (true)
        {
            var unsent = new Dictionary<string, long>();
            foreach (var service in YearEndServices.Names)
                unsent[service] = await run.Services.Tables.CountAsync(service, "OutboxMessages", "\"SentAt\" IS NULL");
            if (unsent.Values.Sum() > 0) emptySince = null;
            else if ((emptySince ??= depths.Samples) + 1 < depths.Samples && depths.LastReady == 0) return;
            if (watch.Elapsed > TimeSpan.FromMinutes(5))
                throw new InvalidOperationException($"5 minutes after the last step: {Pending(unsent)}, {depths.LastReady} messages in the queues.");
            if (watch.Elapsed - told > TimeSpan.FromSeconds(2))
            {
                told = watch.Elapsed;
                Console.WriteLine($"  settling, {watch.Elapsed.TotalSeconds:0} s: {Pending(unsent)}, {depths.LastReady} messages in the queues");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Waits until no queue holds a message, unacknowledged ones included; the messages the first look found, which
    /// consumers still held when the settling was taken as done (0 when it was).
    /// </summary>
    public static async Task<long> ConfirmAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        long? first = null;
        while ((await QueuesAsync()).Where(q => !IsError(q.Key)).Sum(q => q.Value) is var queued and > 0)
        {
            first ??= queued;
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"{queued} messages still queued.");
            Console.WriteLine($"  {queued} messages still queued (unacknowledged ones included)");
            await Task.Delay(250);
        }
        return first ?? 0;
    }

    /// <summary>Messages that failed for good, in the services' _error queues.</summary>
    public static async Task<long> FailedAsync() => (await QueuesAsync()).Where(q => IsError(q.Key)).Sum(q => q.Value);

    private static string Pending(Dictionary<string, long> unsent) =>
        unsent.Values.Sum() == 0 ? "every outbox sent" : string.Join(", ", unsent.Where(u => u.Value > 0).Select(u => $"{u.Key} outbox {u.Value}"));

    private static async Task<IEnumerable<KeyValuePair<string, long>>> QueuesAsync() =>
        (await BrokerVirtualHost.QueuesAsync(TestServers.RabbitMq)).Where(q => YearEndServices.Names.Any(s => q.Key.StartsWith(s + "-", StringComparison.Ordinal)));

    private static bool IsError(string queue) => queue.EndsWith("_error", StringComparison.Ordinal);
}
