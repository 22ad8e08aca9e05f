using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MassTransit;
using Tdkt.Calendar;
using Tdkt.Platform.Hosting;

namespace Tdkt.Workflows.Tests.Support;

/// <summary>A clock the test moves by hand; every runtime given it reads the same instant.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);

    /// <summary>Local (Vietnam) time on a day.</summary>
    public void SetLocal(int year, int month, int day, int hour = 0, int minute = 0) =>
        Set(VietnamTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute)));

    /// <summary>Composed with the workflows service so the host reads this clock instead of the system's.</summary>
    public ITdktService AsService() => new ClockService(this);

    private sealed class ClockService(TimeProvider clock) : ITdktService
    {
        public string Name => "test-clock";
        public void AddServices(WebApplicationBuilder builder) => builder.Services.Replace(ServiceDescriptor.Singleton(clock));
        public void AddConsumers(IBusRegistrationConfigurator bus) { }
        public void MapEndpoints(IEndpointRouteBuilder endpoints) { }
    }
}
