using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Messaging;

namespace Tdkt.Throughput.Anchors;

/// <summary>
/// A bare MassTransit publisher and consumer in one process, with MassTransit's defaults (publisher confirms,
/// durable queue): the rate at which <c>count</c> messages get from a publish to a consumer with 100 in flight.
/// </summary>
public static class Anchor
{
    public const int InFlight = 100;

    /// <param name="rabbitMq">The broker with a fresh virtual host, or null for the in-memory bus.</param>
    public static async Task<Result> RunAsync(string scenario, IAnchorStore store, string? rabbitMq, int count)
    {
        var window = new Window(InFlight);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(store).AddSingleton(window);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        builder.Services.AddMassTransit(x =>
        {
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            x.AddConsumer<PingConsumer>();
            if (rabbitMq is null) x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            else
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(RabbitMqAddress.Parse(rabbitMq, out var user, out var password), h => { h.Username(user); h.Password(password); });
                    cfg.ConfigureEndpoints(context);
                });
        });
        using var host = builder.Build();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        await PhaseAsync(bus, store, window, Math.Max(1, count / 10)); // warm-up: JIT, pools, the queue's first pages
        var watch = Stopwatch.StartNew();
        await PhaseAsync(bus, store, window, count);
        var elapsed = watch.Elapsed;
        await host.StopAsync();
        return new Result(scenario, new() { ["messages"] = count, ["seconds"] = elapsed.TotalSeconds, [Result.Rate] = count / elapsed.TotalSeconds });
    }

    private static async Task PhaseAsync(IBus bus, IAnchorStore store, Window window, int count)
    {
        var consumed = window.Expect(count);
        var publishes = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await window.EnterAsync();
            publishes.Add(PublishAsync(bus, store, new Ping(Guid.NewGuid(), i)));
        }
        await Task.WhenAll(publishes);
        await consumed.WaitAsync(TimeSpan.FromMinutes(10));
    }

    private static async Task PublishAsync(IBus bus, IAnchorStore store, Ping ping)
    {
        await store.SentAsync(ping);
        await bus.Publish(ping);
    }
}
