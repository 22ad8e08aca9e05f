using MassTransit;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// How the consumers that take <see cref="Batch{T}"/> collect their batches: up to a hundred messages, or what came within
/// 10 ms of the first, so a lone message waits no longer than that. Two batches at a time, so the next is collected while
/// one is saved. A failed batch is retried message by message by the endpoint's retry, each joining a new batch.
/// </summary>
public static class ConsumedInBatches
{
    public const int MessageLimit = 100;

    public static void Configure<TConsumer>(IConsumerConfigurator<TConsumer> consumer) where TConsumer : class =>
        consumer.Options<BatchOptions>(o => o.SetMessageLimit(MessageLimit).SetTimeLimit(TimeSpan.FromMilliseconds(10)).SetConcurrencyLimit(2));
}
