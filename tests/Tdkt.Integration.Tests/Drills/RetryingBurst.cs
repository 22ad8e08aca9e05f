using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>One answer intake gave a unit: its status, what says when to come back, the body, how long it took.</summary>
public sealed record BurstAnswer(BurstUnit Unit, int Status, string? ContentType, TimeSpan? RetryAfter, string Body, TimeSpan Took)
{
    /// <summary>The submission a 201 created, read from its receipt.</summary>
    public Guid? SubmissionId => Status == 201 ? JsonDocument.Parse(Body).RootElement.GetProperty("id").GetGuid() : null;

    public override string ToString() => $"{Unit.Id}: {Status} {ContentType} after {Took.TotalSeconds:0.0} s, Retry-After {RetryAfter?.TotalSeconds}: {Body}";
}

/// <summary>
/// Every unit submits its self-assessment once, from a fixed number of concurrent clients. A client refused with 503
/// comes back after the Retry-After it was given, as a browser or an integration would; any other refusal ends that
/// unit's attempts. Every answer is kept.
/// </summary>
public sealed class RetryingBurst(Uri intake, BurstClusters clusters, int clients)
{
    /// <summary>Longer than any answer may take: a request still open then is a hang.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<BurstAnswer> _answers = new();
    private readonly TaskCompletionSource _third = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _accepted;

    public IReadOnlyList<BurstAnswer> Answers => [.. _answers];

    /// <summary>Completes once a third of the units have been accepted: the middle of the burst.</summary>
    public Task AThirdAccepted => _third.Task;

    public async Task RunAsync(TimeSpan giveUpAfter)
    {
        var deadline = DateTime.UtcNow + giveUpAfter;
        var waiting = new ConcurrentQueue<BurstUnit>(clusters.Units);
        using var http = new HttpClient { BaseAddress = intake, Timeout = HangGuard + TimeSpan.FromSeconds(5) };
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (waiting.TryDequeue(out var unit)) await SubmitUntilAnsweredAsync(http, unit, deadline);
        })));
        _third.TrySetResult();
    }

    private async Task SubmitUntilAnsweredAsync(HttpClient http, BurstUnit unit, DateTime deadline)
    {
        while (true)
        {
            var answer = await SubmitAsync(http, unit);
            _answers.Enqueue(answer);
            if (answer.Status == 201 && Interlocked.Increment(ref _accepted) >= clusters.Units.Count / 3) _third.TrySetResult();
            if (answer.Status != 503 || answer.RetryAfter is not { } wait || DateTime.UtcNow + wait > deadline) return;
            await Task.Delay(wait);
        }
    }

    private async Task<BurstAnswer> SubmitAsync(HttpClient http, BurstUnit unit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, clusters.SelfAssessmentsOf(unit))
        {
            Content = TestCluster.Body(("1.1", 500m)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServiceHost.Token(Roles.Unit, unit.Id));
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new BurstAnswer(unit, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                RetryAfterOf(response.Headers.RetryAfter), body, clock.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // No status at all: the connection broke, or nothing came back before the client gave up.
            return new BurstAnswer(unit, 0, null, null, $"{e.GetType().Name}: {e.Message}", clock.Elapsed);
        }
    }

    private static TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
}
