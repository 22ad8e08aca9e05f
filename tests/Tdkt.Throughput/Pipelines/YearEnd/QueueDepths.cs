using RabbitMQ.Client;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// The deepest each service's queues got during the run: every ~500 ms, each queue's ready messages in the run's virtual
/// host, asked over AMQP (a passive declare). The queues are listed once with rabbitmqctl, as BrokerVirtualHost talks to
/// the broker; asking rabbitmqctl at every sample would cost ~0.6 s of CPU each time, most of a core of this machine.
/// </summary>
public sealed class QueueDepths : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly List<string> _queues;
    private readonly Dictionary<string, uint> _deepest;
    private readonly CancellationTokenSource _stop = new();
    private Task _sampling = Task.CompletedTask;

    private QueueDepths(IConnection connection, IChannel channel, List<string> queues) =>
        (_connection, _channel, _queues, _deepest) = (connection, channel, queues, queues.ToDictionary(q => q, _ => 0u));

    public int Samples { get; private set; }

    /// <summary>The ready messages of every queue at the last complete sample.</summary>
    public long LastReady { get; private set; }

    /// <summary>Starts sampling the queues of <paramref name="services"/> (named "service-…") in the virtual host of the connection string.</summary>
    public static async Task<QueueDepths> StartAsync(string connection, IEnumerable<string> services)
    {
        var prefixes = services.Select(s => s + "-").ToList();
        var queues = (await BrokerVirtualHost.QueuesAsync(connection)).Keys
            .Where(q => prefixes.Any(q.StartsWith) && !q.EndsWith("_error", StringComparison.Ordinal)).Order().ToList();
        var amqp = await new ConnectionFactory { Uri = new Uri(connection) }.CreateConnectionAsync();
        var depths = new QueueDepths(amqp, await amqp.CreateChannelAsync(), queues);
        depths._sampling = depths.SampleAsync();
        return depths;
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var ready = 0L;
            foreach (var queue in _queues)
            {
                var count = (await _channel.QueueDeclarePassiveAsync(queue)).MessageCount;
                lock (_deepest) _deepest[queue] = Math.Max(_deepest[queue], count);
                ready += count;
            }
            (LastReady, Samples) = (ready, Samples + 1);
            try { await Task.Delay(500, _stop.Token); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Forgets the depths seen so far (a warm-up's), so only what follows counts.</summary>
    public void Reset()
    {
        lock (_deepest) foreach (var queue in _queues) _deepest[queue] = 0;
    }

    /// <summary>The deepest queue of each service, as the run's figures.</summary>
    public Dictionary<string, double> Figures(IEnumerable<string> services) => services.ToDictionary(
        s => $"{s} queue max", s => (double)_deepest.Where(q => q.Key.StartsWith(s + "-", StringComparison.Ordinal)).Select(q => q.Value).DefaultIfEmpty().Max());

    /// <summary>Every queue that was ever seen holding a message, with its deepest, one line per service.</summary>
    public IEnumerable<string> Lines(IEnumerable<string> services) =>
        from s in services
        let queues = _deepest.Where(q => q.Key.StartsWith(s + "-", StringComparison.Ordinal) && q.Value > 0).OrderByDescending(q => q.Value).ToList()
        where queues.Count > 0
        select $"{s} queues: {string.Join(", ", queues.Select(q => $"{q.Key[(s.Length + 1)..]} {q.Value}"))}";

    /// <summary>Stops sampling (a failed sample surfaces here); the deepest values stay readable.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
        _stop.Dispose();
    }
}
