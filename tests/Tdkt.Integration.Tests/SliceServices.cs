using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Intake;
using Tdkt.Platform.Auth;
using Tdkt.Registry;
using Tdkt.Workflows;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Registry, intake and appraisal, each in its own host on its own schema of a fresh database, sharing
/// only the broker; a test cluster imported and opened.
/// </summary>
public sealed class SliceServices : IAsyncDisposable
{
    private SliceServices(PostgresDatabase database, ServiceHost registry, ServiceHost intake, ServiceHost appraisal, TestCluster cluster,
        ServiceHost? workflows) =>
        (Database, Registry, Intake, Appraisal, Cluster, Workflows) = (database, registry, intake, appraisal, cluster, workflows);

    public PostgresDatabase Database { get; }
    public ServiceHost Registry { get; }
    public ServiceHost Intake { get; }
    public ServiceHost Appraisal { get; }
    public TestCluster Cluster { get; }
    /// <summary>The workflows runtime, when the test asked for it.</summary>
    public ServiceHost? Workflows { get; }
    public SliceClient Slice => new(Intake.Address, Appraisal.Address, Cluster);

    /// <param name="withWorkflows">Also runs the workflows runtime, started before the cluster is imported so it hears of it.</param>
    /// <param name="configure">Registers extra services in every host, e.g. an exporter of traces.</param>
    /// <param name="cluster">The cluster to import, e.g. one with many members; a new small one by default.</param>
    /// <param name="broker">Another broker address than the test broker's, e.g. a <see cref="BrokerVirtualHost"/>.</param>
    public static async Task<SliceServices> StartAsync(bool withWorkflows = false, Action<IServiceCollection>? configure = null,
        TestCluster? cluster = null, string? broker = null)
    {
        var database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        if (broker is not null) config[Tdkt.Platform.Hosting.ConfigKeys.RabbitMqConnection] = broker;
        configure ??= _ => { };
        var services = new SliceServices(database,
            await ServiceHost.StartAsync(config, configure, new RegistryService()),
            await ServiceHost.StartAsync(config, configure, new IntakeService()),
            await ServiceHost.StartAsync(config, configure, new AppraisalService()),
            cluster ?? TestCluster.Create(),
            withWorkflows ? await ServiceHost.StartAsync(config, configure, new WorkflowsService()) : null);
        await services.Cluster.ImportAsync(services.Registry.Address);
        return services;
    }

    /// <summary>Reads intake's own database, as its operator would.</summary>
    public async Task<T> InIntakeAsync<T>(Func<IntakeDb, Task<T>> query)
    {
        await using var scope = Intake.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntakeDb>());
    }

    /// <summary>Reads appraisal's own database, as its operator would.</summary>
    public async Task<T> InAppraisalAsync<T>(Func<Tdkt.Appraisal.AppraisalDb, Task<T>> query)
    {
        await using var scope = Appraisal.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<Tdkt.Appraisal.AppraisalDb>());
    }

    /// <summary>Reads the workflows runtime's own database, as its operator would.</summary>
    public async Task<T> InWorkflowsAsync<T>(Func<WorkflowsDb, Task<T>> query)
    {
        await using var scope = Workflows!.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WorkflowsDb>());
    }

    public Task<int> StoredSubmissionsOf(string unit) => InIntakeAsync(db => db.SelfAssessments.CountAsync(s => s.UnitId == unit));

    /// <summary>An administrator gives the cluster a shipped workflow definition, once the runtime knows the cluster.</summary>
    public async Task AssignWorkflowAsync(string definitionId)
    {
        using var admin = Workflows!.Client(ServiceHost.Token(Roles.Admin));
        await Eventually.Until(() => admin.PutAsJsonAsync($"/workflows/clusters/{Cluster.Id}/definition", new { definitionId }),
            r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the workflows runtime to know the cluster");
    }

    public async ValueTask DisposeAsync()
    {
        if (Workflows is not null) await Workflows.DisposeAsync();
        await Appraisal.DisposeAsync();
        await Intake.DisposeAsync();
        await Registry.DisposeAsync();
        await Database.DisposeAsync();
    }
}
