using System.Collections.Concurrent;
using MassTransit;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>One delivery a host's consumer finished: consumed, or failed with <see cref="Fault"/>.</summary>
public sealed record Delivery(long Order, string Endpoint, Guid MessageId, object Message, Exception? Fault);

/// <summary>
/// Every delivery to a host's consumers, by the queue it came from (each consumer has its own): how the drill knows a
/// message was consumed, its first time or its second, without waiting a guessed while.
/// </summary>
public sealed class DeliveryLog : IConsumeObserver
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private long _order;

    /// <summary>The order of the latest delivery so far: deliveries after it have a greater one.</summary>
    public long Mark => Interlocked.Read(ref _order);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Add(context, null);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Add(context, exception);

    private Task Add<T>(ConsumeContext<T> context, Exception? fault) where T : class
    {
        var endpoint = context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1];
        _deliveries.Enqueue(new Delivery(Interlocked.Increment(ref _order), endpoint, context.MessageId ?? Guid.Empty, context.Message, fault));
        return Task.CompletedTask;
    }

    /// <summary>The first message of <paramref name="type"/> the endpoint consumed after <paramref name="mark"/>.</summary>
    public async Task<Delivery> FirstConsumedAsync(string endpoint, Type type, long mark) =>
        (await Until(d => d.Order > mark && d.Endpoint == endpoint && d.Fault is null && type.IsInstanceOfType(d.Message), 1, endpoint,
            $"{endpoint} to consume a {type.Name}")).MinBy(d => d.Order)!;

    /// <summary>
    /// Waits until the message was consumed <paramref name="times"/>: at one endpoint, or in all (by every consumer that
    /// takes it) when none is given.
    /// </summary>
    public Task ConsumedAsync(Guid messageId, int times, string what, string? endpoint = null) =>
        Until(d => d.MessageId == messageId && d.Fault is null && (endpoint is null || d.Endpoint == endpoint), times, endpoint, what);

    private async Task<List<Delivery>> Until(Func<Delivery, bool> match, int count, string? endpoint, string what)
    {
        try
        {
            return await Eventually.Until(() => Task.FromResult(_deliveries.Where(match).ToList()), l => l.Count >= count, Patience, what);
        }
        catch (TimeoutException e)
        {
            // What went wrong meanwhile is the useful part of the failure.
            var faults = _deliveries.Where(d => d.Fault is not null && (endpoint is null || d.Endpoint == endpoint))
                .Select(d => $"{d.Endpoint} {d.Message.GetType().Name}: {d.Fault!.GetType().Name}: {d.Fault.Message}").Distinct().ToList();
            throw new TimeoutException(faults.Count == 0 ? e.Message : $"{e.Message}; faults: {string.Join(" | ", faults)}", e);
        }
    }
}
