using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Units submitting their self-assessments at once from concurrent clients, as on a deadline evening. A request that
/// gets no 201 (no answer, or another status) is sent again by its client after a growing pause, as a person would;
/// intake's receipts say what it accepted. A fault is injected once a given number of submissions are accepted.
/// </summary>
public sealed class SubmissionBurst(Uri intake, TestCluster cluster, int clients = 32)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);
    private readonly List<Fault> _faults = [];
    private readonly ConcurrentQueue<AcceptedSubmission> _accepted = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private readonly ConcurrentQueue<string> _log = new();
    private readonly List<Task> _running = [];
    private Task _held = Task.CompletedTask;
    private int _acceptedCount;

    private sealed record Fault(int Accepted, string What, Func<Task> Run, bool Hold);

    /// <summary>Once <paramref name="accepted"/> submissions are accepted, runs the fault; no new request is sent until it returns.</summary>
    public SubmissionBurst HoldingAt(int accepted, string what, Func<Task> fault) => With(new Fault(accepted, what, fault, true));

    /// <summary>Once <paramref name="accepted"/> submissions are accepted, runs the fault while the burst goes on.</summary>
    public SubmissionBurst At(int accepted, string what, Func<Task> fault) => With(new Fault(accepted, what, fault, false));

    private SubmissionBurst With(Fault fault)
    {
        _faults.Add(fault);
        return this;
    }

    /// <param name="submitters">The unit of each submission, in the order they are sent.</param>
    public async Task<BurstOutcome> RunAsync(IReadOnlyList<string> submitters)
    {
        using var http = new HttpClient { BaseAddress = intake, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        var next = -1;
        var gaveUp = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < submitters.Count; i = Interlocked.Increment(ref next))
                if (!await SubmitUntilAcceptedAsync(http, submitters[i])) Interlocked.Increment(ref gaveUp);
        })));
        // A fault still running (a restart) belongs to the burst.
        Task[] running;
        lock (_running) running = [.. _running];
        await Task.WhenAll(running);
        return new BurstOutcome(submitters.Count, clients, [.. _accepted], new Dictionary<string, int>(_failures), gaveUp, [.. _log], clock.Elapsed);
    }

    private async Task<bool> SubmitUntilAcceptedAsync(HttpClient http, string unit)
    {
        var giveUp = DateTime.UtcNow + GiveUpAfter;
        for (var pause = TimeSpan.FromMilliseconds(250); ; pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(4).Ticks)))
        {
            await Volatile.Read(ref _held);
            ThrowIfAFaultFailed();
            var failure = await TrySubmitAsync(http, unit);
            if (failure is null) return true;
            _failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
            if (DateTime.UtcNow > giveUp) return false;
            await Task.Delay(pause);
        }
    }

    /// <summary>A fault that failed (a restart that did not come up) ends the burst at once instead of after every retry.</summary>
    private void ThrowIfAFaultFailed()
    {
        lock (_running)
            if (_running.FirstOrDefault(t => t.IsFaulted) is { } failed) failed.GetAwaiter().GetResult();
    }

    /// <returns>Null when accepted; otherwise why not.</returns>
    private async Task<string?> TrySubmitAsync(HttpClient http, string unit)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, cluster.SelfAssessmentsOf(unit)) { Content = TestCluster.Body(("1.1", 40m)) };
        request.Headers.Authorization = new("Bearer", ServiceHost.Token(Roles.Unit, unit));
        try
        {
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Created) return $"HTTP {(int)response.StatusCode}";
            var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
            Accepted(new AcceptedSubmission(receipt.GetProperty("id").GetGuid(), unit, receipt.GetProperty("version").GetInt32()));
            return null;
        }
        catch (HttpRequestException e)
        {
            return $"no answer ({e.HttpRequestError})";
        }
        catch (TaskCanceledException)
        {
            return "no answer (timeout)";
        }
    }

    private void Accepted(AcceptedSubmission submission)
    {
        _accepted.Enqueue(submission);
        var count = Interlocked.Increment(ref _acceptedCount);
        foreach (var fault in _faults.Where(f => f.Accepted == count))
        {
            var run = Task.Run(async () =>
            {
                _log.Enqueue($"{fault.What}: began at {count} accepted");
                await fault.Run();
                _log.Enqueue($"{fault.What}: done at {Volatile.Read(ref _acceptedCount)} accepted");
            });
            lock (_running) _running.Add(run);
            if (fault.Hold) Volatile.Write(ref _held, run);
        }
    }
}

public sealed record AcceptedSubmission(Guid Id, string UnitId, int Version);
