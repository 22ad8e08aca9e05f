using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Tests;

/// <summary>The platform's start-up work keeps its order, while what starts beside it (the web server) does not wait for it.</summary>
public sealed class When_the_host_starts_its_services
{
    private readonly ConcurrentQueue<string> _events = new();

    [Fact]
    public async Task The_platforms_services_start_in_order_and_the_server_does_not_wait_for_them()
    {
        var release = new TaskCompletionSource();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IHostedService>(new Step(_events, "migrate", release.Task));
        builder.Services.AddSingleton<IHostedService>(new Step(_events, "seed", Task.CompletedTask));
        builder.Services.StartPlatformBesideTheServer();
        builder.Services.AddSingleton<IHostedService>(new Step(_events, "server", Task.CompletedTask));
        using var host = builder.Build();

        var start = host.StartAsync();
        await Until(() => _events.Contains("server started"));
        _events.Should().NotContain("migrate started", "the migration is still running when the server has started");
        release.SetResult();
        await start;

        _events.Where(e => e != "server started").Should().Equal("migrate started", "seed started");
        await host.StopAsync();
    }

    [Fact]
    public async Task Requests_other_than_alive_are_asked_to_retry_until_the_start_up_work_is_done()
    {
        var release = new TaskCompletionSource();
        var port = FreePort();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<IHostedService>(new Step(_events, "migrate", release.Task));
        builder.Services.StartPlatformBesideTheServer();
        await using var app = builder.Build();
        app.UseStartupGate();
        app.MapGet("/alive", () => "alive");
        app.MapGet("/registry/clusters", () => "[]");
        var start = app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var alive = await Eventually(() => client.GetAsync("/alive"));
        var early = await client.GetAsync("/registry/clusters");
        release.SetResult();
        await start;
        var later = await client.GetAsync("/registry/clusters");

        alive.StatusCode.Should().Be(HttpStatusCode.OK);
        early.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        early.Headers.RetryAfter.Should().NotBeNull();
        early.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        later.StatusCode.Should().Be(HttpStatusCode.OK);
        await app.StopAsync();
    }

    private static async Task<HttpResponseMessage> Eventually(Func<Task<HttpResponseMessage>> request)
    {
        for (var i = 0; ; i++)
        {
            try { return await request(); }
            catch (HttpRequestException) when (i < 200) { await Task.Delay(25); }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        condition().Should().BeTrue();
    }

    private sealed class Step(ConcurrentQueue<string> events, string name, Task until) : IHostedService
    {
        public async Task StartAsync(CancellationToken ct)
        {
            await until;
            events.Enqueue($"{name} started");
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
