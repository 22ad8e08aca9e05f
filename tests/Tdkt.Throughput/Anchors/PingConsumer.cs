using MassTransit;

namespace Tdkt.Throughput.Anchors;

public sealed class PingConsumer(IAnchorStore store, Window window) : IConsumer<Ping>
{
    public async Task Consume(ConsumeContext<Ping> context)
    {
        await store.ReceivedAsync(context.Message);
        window.Consumed();
    }
}
