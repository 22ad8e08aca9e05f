using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Problems;

namespace Tdkt.Platform.Tests;

/// <summary>The platform's admission of API requests, on a small web app allowed one at a time.</summary>
public sealed class When_more_requests_arrive_than_can_be_worked_on : IAsyncLifetime
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _entered = new(0);
    private WebApplication? _app;

    [Fact]
    public async Task A_request_waits_its_turn_and_is_answered()
    {
        var client = await StartAsync(queue: 5);
        var first = client.GetAsync("/intake/work");
        (await _entered.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        var second = client.GetAsync("/intake/work");
        await Task.Delay(200);
        _entered.CurrentCount.Should().Be(0, "the second request waits while the first is worked on");

        _release.SetResult();

        (await first).StatusCode.Should().Be(HttpStatusCode.OK);
        (await second).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_that_cannot_queue_gets_503_with_Retry_After_in_Vietnamese()
    {
        var client = await StartAsync(queue: 0);
        var first = client.GetAsync("/intake/work");
        (await _entered.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();

        var refused = await client.GetAsync("/intake/work");

        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(RequestAdmission.RetryAfterSeconds));
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().Be(RequestAdmission.Detail);
        _release.SetResult();
        (await first).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Probes_and_pages_are_answered_while_every_place_is_taken()
    {
        var client = await StartAsync(queue: 0);
        var first = client.GetAsync("/intake/work");
        (await _entered.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();

        (await client.GetAsync("/alive")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/don-vi")).StatusCode.Should().Be(HttpStatusCode.OK);

        _release.SetResult();
        await first;
    }

    private async Task<HttpClient> StartAsync(int queue)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration[ConfigKeys.RequestConcurrency] = "1";
        builder.Configuration[ConfigKeys.RequestQueue] = queue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.Services.AddTdktProblemDetails();
        builder.AddTdktRequestAdmission();
        _app = builder.Build();
        _app.UseRateLimiter();
        _app.MapGet("/intake/work", async () =>
        {
            _entered.Release();
            await _release.Task;
            return "done";
        });
        _app.MapGet("/alive", () => "alive");
        _app.MapGet("/don-vi", () => "a page");
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        if (_app is not null) await _app.DisposeAsync();
    }
}
