using System.Collections.Concurrent;
using MassTransit;
using Tdkt.Platform.Messaging;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Every <typeparamref name="T"/> published on the test broker from now on, as a consumer of another
/// service would receive it: its own temporary queue, gone when the watcher stops.
/// </summary>
public sealed class Published<T> : IAsyncDisposable where T : class
{
    private readonly ConcurrentQueue<T> _messages = new();
    private IBusControl _bus = null!;

    public IReadOnlyCollection<T> Messages => _messages;

    /// <param name="broker">Another address than the test broker's, e.g. a <see cref="BrokerVirtualHost"/>.</param>
    public static async Task<Published<T>> WatchAsync(string? broker = null)
    {
        var watcher = new Published<T>();
        watcher._bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(RabbitMqAddress.Parse(broker ?? TestServers.RabbitMq, out var user, out var password), h => { h.Username(user); h.Password(password); });
            cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), e => e.Handler<T>(ctx =>
            {
                watcher._messages.Enqueue(ctx.Message);
                return Task.CompletedTask;
            }));
        });
        await watcher._bus.StartAsync();
        return watcher;
    }

    /// <summary>
    /// Waits until <paramref name="count"/> messages matching <paramref name="match"/> have arrived; returns all that match.
    /// A request's answer comes before its outbox publishes, so the last of several may still be on its way.
    /// </summary>
    public Task<List<T>> ArrivedAsync(Func<T, bool> match, string what, int count = 1) =>
        Eventually.Until(() => Task.FromResult(_messages.Where(match).ToList()), l => l.Count >= count, TimeSpan.FromSeconds(60), what);

    public ValueTask DisposeAsync() => new(_bus.StopAsync());
}
