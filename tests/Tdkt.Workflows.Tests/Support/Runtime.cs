using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Workflows.Progress;

namespace Tdkt.Workflows.Tests.Support;

/// <summary>A workflows service on the real PostgreSQL and RabbitMQ, with the test's clock, and what a test does with it.</summary>
public sealed class Runtime : IAsyncDisposable
{
    private Runtime(ServiceHost host) => Host = host;

    public ServiceHost Host { get; }

    public static async Task<Runtime> StartAsync(string postgres, TimeProvider clock, IDictionary<string, string?>? extra = null)
    {
        var config = ServiceHost.OnRealServers(postgres);
        config[ConfigKeys.WorkflowTimerPollMilliseconds] = "100";
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) config[k] = v;
        var services = clock == TimeProvider.System
            ? new ITdktService[] { new WorkflowsService() }
            : [new WorkflowsService(), ((TestClock)clock).AsService()];
        return new Runtime(await ServiceHost.StartAsync(config, services));
    }

    public HttpClient Admin => Host.Client(ServiceHost.Token(Roles.Admin));

    public async Task<T> WithDbAsync<T>(Func<WorkflowsDb, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WorkflowsDb>());
    }

    /// <summary>The registry announces the cluster, as it does when an administrator creates it.</summary>
    public async Task RegisterClusterAsync(string clusterId)
    {
        await PublishAsync(new ClusterRegistered(clusterId, $"Cụm kiểm thử {clusterId}", DateTimeOffset.UtcNow));
        await Eventually.Until(() => WithDbAsync(db => db.Clusters.AnyAsync(c => c.ClusterId == clusterId)),
            known => known, TimeSpan.FromSeconds(60), "the cluster to be known");
    }

    /// <summary>Saves, publishes and assigns a definition to the cluster through the admin API.</summary>
    public async Task UseDefinitionAsync(string clusterId, string definitionId, string yaml)
    {
        await RegisterClusterAsync(clusterId);
        await PublishDefinitionAsync(definitionId, yaml);
        await AssignAsync(clusterId, definitionId);
    }

    public async Task PublishDefinitionAsync(string definitionId, string yaml)
    {
        using var admin = Admin;
        (await admin.PostAsJsonAsync("/workflows/definitions", new { yaml })).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/workflows/definitions/{definitionId}/versions/1/publish", null)).EnsureSuccessStatusCode();
    }

    public async Task AssignAsync(string clusterId, string definitionId)
    {
        using var admin = Admin;
        (await admin.PutAsJsonAsync($"/workflows/clusters/{clusterId}/definition", new { definitionId })).EnsureSuccessStatusCode();
    }

    /// <summary>The registry opens the year: members u001…, the first one heads the cluster.</summary>
    public async Task OpenYearAsync(string clusterId, int year, int members, Func<int, IReadOnlyList<string>>? emails = null)
    {
        await AnnounceYearAsync(clusterId, year, members, emails);
        await Eventually.Until(() => WithDbAsync(db => db.Obligations.CountAsync(o => o.ClusterId == clusterId && o.Year == year)),
            n => n > 0, TimeSpan.FromSeconds(60), "the workflow instance");
    }

    /// <summary>The registry's announcement of the year, without waiting for a plan (there is none without a definition).</summary>
    public Task AnnounceYearAsync(string clusterId, int year, int members, Func<int, IReadOnlyList<string>>? emails = null)
    {
        var units = Enumerable.Range(1, members)
            .Select(i => new ClusterMember(UnitId(i), $"Đơn vị {i}", emails?.Invoke(i) ?? [])).ToList();
        return PublishAsync(new ClusterYearOpened(clusterId, year, $"Cụm kiểm thử {clusterId}", units[0].UnitId, null, units, DateTimeOffset.UtcNow, null));
    }

    public static string UnitId(int i) => $"u{i:D4}";

    public Task PublishAsync<T>(T message) where T : class => Host.Services.GetRequiredService<IBus>().Publish(message);

    public async Task<ProgressReport> ProgressAsync(string clusterId, int year)
    {
        using var client = Host.Client(ServiceHost.Token(Roles.Board));
        return (await client.GetFromJsonAsync<ProgressReport>($"/workflows/clusters/{clusterId}/years/{year}/progress"))!;
    }

    public Task<int> PendingTimersAsync(string clusterId) =>
        WithDbAsync(db => db.Timers.CountAsync(t => t.ClusterId == clusterId && t.FiredAt == null));

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
