using System.Collections.Concurrent;
using MassTransit;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Every message a host publishes on its bus: the outbox dispatcher's, the drill's own (its prerequisites), and any a
/// consumer would publish straight from its consume context, which the outbox table alone would not show.
/// </summary>
public sealed class PublishLog : IPublishObserver
{
    private readonly ConcurrentQueue<(Guid MessageId, string Type)> _published = new();

    public IReadOnlyList<(Guid MessageId, string Type)> Published => [.. _published];

    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        _published.Enqueue((context.MessageId ?? Guid.Empty, Name(typeof(T))));
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    private static string Name(Type t) => t.IsGenericType ? $"{t.Name[..t.Name.IndexOf('`')]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>" : t.Name;
}
