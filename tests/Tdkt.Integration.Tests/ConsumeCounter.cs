using System.Collections.Concurrent;
using MassTransit;

namespace Tdkt.Integration.Tests;

/// <summary>Counts every delivery of a message type to a host's consumers, duplicates included.</summary>
public sealed class ConsumeCounter<T> : IConsumeObserver where T : class
{
    private readonly ConcurrentQueue<Guid> _deliveries = new();

    public IReadOnlyCollection<Guid> Deliveries => _deliveries;

    public Task PostConsume<TMessage>(ConsumeContext<TMessage> context) where TMessage : class
    {
        if (context.Message is T) _deliveries.Enqueue(context.MessageId ?? Guid.Empty);
        return Task.CompletedTask;
    }

    public Task PreConsume<TMessage>(ConsumeContext<TMessage> context) where TMessage : class => Task.CompletedTask;
    public Task ConsumeFault<TMessage>(ConsumeContext<TMessage> context, Exception exception) where TMessage : class => Task.CompletedTask;

    public static ConsumeCounter<T> On(IBus bus)
    {
        var counter = new ConsumeCounter<T>();
        bus.ConnectConsumeObserver(counter);
        return counter;
    }
}
