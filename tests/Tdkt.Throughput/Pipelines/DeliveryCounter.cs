using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Tdkt.Contracts;
using Tdkt.Platform.Hosting;

namespace Tdkt.Throughput.Pipelines;

/// <summary>Counts the DeadlineReminderDue messages that came back from RabbitMQ: a reminder is delivered when a consumer has it.</summary>
public sealed class DeliveryCounter : ITdktService, IConsumer<DeadlineReminderDue>
{
    private static long _delivered;

    public static long Delivered => Interlocked.Read(ref _delivered);

    public string Name => "benchmark-delivery-counter";
    public void AddServices(WebApplicationBuilder builder) { }
    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<DeliveryCounter>().Endpoint(e => { e.Name = "benchmark-deadline-reminder-due"; e.PrefetchCount = 500; });
    public void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    public Task Consume(ConsumeContext<DeadlineReminderDue> context)
    {
        Interlocked.Increment(ref _delivered);
        return Task.CompletedTask;
    }
}
