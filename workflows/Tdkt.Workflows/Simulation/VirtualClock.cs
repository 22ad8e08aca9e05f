using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tdkt.Platform.Hosting;

namespace Tdkt.Workflows.Simulation;

/// <summary>Time that only moves when the simulator moves it: a whole year runs in seconds.</summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, Math.Max(now.UtcTicks, Interlocked.Read(ref _ticks)));

    /// <summary>Composed with the services so that every one of them reads this clock.</summary>
    public ITdktService AsService() => new ClockService(this);

    private sealed class ClockService(TimeProvider clock) : ITdktService
    {
        public string Name => "virtual-clock";
        public void AddServices(WebApplicationBuilder builder) => builder.Services.Replace(ServiceDescriptor.Singleton(clock));
        public void AddConsumers(IBusRegistrationConfigurator bus) { }
        public void MapEndpoints(IEndpointRouteBuilder endpoints) { }
    }
}
