using System.Collections.Concurrent;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Platform.Hosting;

namespace Tdkt.Integration.Tests;

/// <summary>
/// A consumer of ReportSubmitted on the real broker, in a temporary queue of its own (deleted with
/// the host), standing in for the services that will read reports: it keeps what it receives.
/// </summary>
public sealed class ReportListener : ITdktService
{
    public ConcurrentQueue<ReportSubmitted> Received { get; } = new();

    public string Name => "report-listener";
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddSingleton(this);
    public void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    public void AddConsumers(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<Consumer>().Endpoint(e => { e.Name = $"test-report-listener-{Guid.NewGuid():N}"; e.Temporary = true; });

    public sealed class Consumer(ReportListener listener) : IConsumer<ReportSubmitted>
    {
        public Task Consume(ConsumeContext<ReportSubmitted> context)
        {
            listener.Received.Enqueue(context.Message);
            return Task.CompletedTask;
        }
    }
}
