using System.Diagnostics;
using System.Text.Json;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Intake;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Problems;
using Tdkt.Registry;
using Tdkt.Testing;
using Xunit.Abstractions;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Fault drill R3: registry, intake and appraisal on a database of the rig's PostgreSQL and a virtual host of their own;
/// hundreds of units submit at once, and PostgreSQL is stopped a third of the way through and started again a few
/// seconds later. Refused clients come back after the Retry-After they were given.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_database_restarts_in_the_middle_of_a_burst(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Clusters = 8, UnitsEach = 50, Clients = 24;
    private static readonly TimeSpan DownFor = TimeSpan.FromSeconds(5);

    private readonly BurstClusters _clusters = new(Clusters, UnitsEach);
    private BrokerVirtualHost? _broker;
    private PostgresDatabase? _database;
    private readonly List<ServiceHost> _hosts = [];
    private ServiceHost Intake => _hosts[1];
    private ServiceHost Appraisal => _hosts[2];

    public async Task InitializeAsync()
    {
        if (TestServers.PostgresControl is null || TestServers.BrokerControl is null) return;
        _broker = await BrokerVirtualHost.CreateAsync("tdkt-r3");
        _database = await PostgresDatabase.CreateAsync();
        var settings = ServiceHost.OnRealServers(_database.ConnectionString);
        settings[ConfigKeys.RabbitMqConnection] = _broker.Connection;
        _hosts.Add(await ServiceHost.StartAsync(settings, new RegistryService()));
        _hosts.Add(await ServiceHost.StartAsync(settings, new IntakeService()));
        _hosts.Add(await ServiceHost.StartAsync(settings, new AppraisalService()));
        await _clusters.ImportAsync(_hosts[0].Address);
        await Eventually.Until(() => InAsync<IntakeDb, int>(Intake, db => db.ClusterYears.CountAsync(y => _clusters.ClusterIds.Contains(y.ClusterId))),
            n => n == Clusters, TimeSpan.FromSeconds(60), "intake to learn every cluster-year");
    }

    [DatabaseControlFact]
    public async Task A_request_meanwhile_is_refused_with_503_and_Retry_After_and_every_accepted_submission_reaches_appraisal_once()
    {
        var clock = Stopwatch.StartNew();
        var burst = new RetryingBurst(Intake.Address, _clusters, Clients);
        var running = burst.RunAsync(giveUpAfter: TimeSpan.FromSeconds(90));
        await burst.AThirdAccepted.WaitAsync(TimeSpan.FromSeconds(60));
        var stoppedAt = clock.Elapsed;
        await DatabaseControl.StopAsync();
        try { await Task.Delay(DownFor); }
        finally { await DatabaseControl.StartAsync(); }
        await running;

        var answers = burst.Answers;
        var accepted = answers.Where(a => a.Status == 201).Select(a => a.SubmissionId!.Value).ToHashSet();
        var refused = answers.Where(IsRetryLater).ToList();
        var arrived = await ArrivalsWhenAsync(accepted.Count);
        var arrivedOnce = arrived.GroupBy(id => id).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        output.WriteLine($"{_clusters.Units.Count} units, {Clients} clients, PostgreSQL stopped at {stoppedAt.TotalSeconds:0.0} s for {DownFor.TotalSeconds:0} s: " +
            $"{answers.Count} answers, {accepted.Count} accepted (201), {refused.Count} refused (503), {arrived.Count} arrived in appraisal; " +
            $"slowest answer {answers.Max(a => a.Took).TotalSeconds:0.0} s; drill {clock.Elapsed.TotalSeconds:0} s");

        Listed(answers.Where(a => a.Status != 201 && !IsRetryLater(a))).Should().BeEmpty(
            "while the database is away a request is refused with 503 problem details and Retry-After, never anything else");
        Listed(answers.Where(a => a.Took >= RetryingBurst.HangGuard)).Should().BeEmpty("no request hangs while the database is away");
        refused.Should().NotBeEmpty("the database was stopped while units were still submitting");
        accepted.Should().HaveCount(_clusters.Units.Count, "every unit is accepted once it comes back after Retry-After");
        accepted.Except(arrivedOnce).Should().BeEmpty($"every accepted submission reaches appraisal exactly once ({accepted.Count} accepted, {arrived.Count} arrived)");
        // A commit cut off by the shutdown may have landed although its request was refused; it still arrives once, and only for a unit that was refused.
        var refusedUnits = refused.Select(a => a.Unit.Id).ToHashSet();
        (await ArrivedUnitsOfAsync(arrived.Except(accepted))).Where(u => !refusedUnits.Contains(u)).Should().BeEmpty(
            "nothing reaches appraisal that no unit sent");
    }

    /// <summary>The first few answers of a kind, one line each, and how many there were: a failure message that stays readable.</summary>
    private static string Listed(IEnumerable<BurstAnswer> answers)
    {
        var all = answers.ToList();
        return all.Count == 0 ? "" : $"{all.Count} answers, the first:\n" + string.Join('\n', all.Take(10));
    }

    /// <summary>503 as problem details in Vietnamese, saying when to come back.</summary>
    private static bool IsRetryLater(BurstAnswer a)
    {
        if (a.Status != 503 || a.ContentType != "application/problem+json" || a.RetryAfter is not { } wait || wait <= TimeSpan.Zero) return false;
        var problem = JsonDocument.Parse(a.Body).RootElement;
        return problem.GetProperty("title").GetString() == ProblemDetailsSetup.VietnameseTitle(503)
            && problem.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 };
    }

    /// <summary>The submissions appraisal holds for the burst's clusters, once there are as many as were accepted (or a minute has passed).</summary>
    private async Task<List<Guid>> ArrivalsWhenAsync(int accepted)
    {
        try
        {
            return await Eventually.Until(ArrivalsAsync, ids => ids.Count >= accepted, TimeSpan.FromSeconds(60), "appraisal to receive every accepted submission");
        }
        catch (TimeoutException)
        {
            return await ArrivalsAsync();
        }
    }

    private async Task<List<Guid>> ArrivalsAsync()
    {
        try
        {
            return await InAsync<AppraisalDb, List<Guid>>(Appraisal, db => db.SelfAssessments
                .Where(s => _clusters.ClusterIds.Contains(s.ClusterId)).Select(s => s.SubmissionId).ToListAsync());
        }
        // The test's own pooled connections may still point at the server that was stopped.
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            return [];
        }
    }

    private Task<List<string>> ArrivedUnitsOfAsync(IEnumerable<Guid> submissions)
    {
        var ids = submissions.ToList();
        return InAsync<AppraisalDb, List<string>>(Appraisal, db => db.SelfAssessments.Where(s => ids.Contains(s.SubmissionId)).Select(s => s.UnitId).ToListAsync());
    }

    private static async Task<T> InAsync<TDb, T>(ServiceHost host, Func<TDb, Task<T>> query) where TDb : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDb>());
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts)) await host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        if (_broker is not null) await _broker.DisposeAsync();
    }
}
