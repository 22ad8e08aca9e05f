using System.Net.Http.Json;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Registry, intake, appraisal and workflows, each its own `dotnet` process, on one fresh database and a broker virtual
/// host of their own; the cluster imported, its year known to every service and planned by a shipped workflow definition.
/// </summary>
public sealed class SeparateServices : IAsyncDisposable
{
    private static readonly (string Name, string Project, string Directory)[] Hosts =
    [
        ("registry", "Tdkt.Registry.Host", "tdkt-platform/Tdkt.Registry.Host"),
        ("intake", "Tdkt.Intake.Host", "services/intake/Tdkt.Intake.Host"),
        ("appraisal", "Tdkt.Appraisal.Host", "services/appraisal/Tdkt.Appraisal.Host"),
        ("workflows", "Tdkt.Workflows.Host", "workflows/Tdkt.Workflows.Host"),
    ];

    private readonly Dictionary<string, ServiceProcess> _processes = [];
    private BrokerVirtualHost? _broker;
    private PostgresDatabase? _database;

    private SeparateServices(TestCluster cluster) => Cluster = cluster;

    public TestCluster Cluster { get; }
    public string Database => _database!.ConnectionString;
    public ServiceProcess this[string service] => _processes[service];
    public SliceClient Slice => new(this["intake"].Address, this["appraisal"].Address, Cluster);

    public static async Task<SeparateServices> StartAsync(TestCluster cluster, string definitionId)
    {
        var services = new SeparateServices(cluster);
        try
        {
            services._broker = await BrokerVirtualHost.CreateAsync("tdkt-procs");
            services._database = await PostgresDatabase.CreateAsync();
            var settings = new Dictionary<string, string> { [ConfigKeys.RabbitMqConnection] = services._broker.Connection };
            // All up before the import, so each has its queues bound when registry announces the cluster.
            foreach (var (name, project, directory) in Hosts)
                services._processes[name] = await ServiceProcess.StartAsync(project, directory, services.Database, settings);
            await cluster.ImportAsync(services["registry"].Address);
            await services.PlanAsync(definitionId);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// An administrator assigns the definition once the runtime knows the cluster; a submission consumed before the plan
    /// exists would complete nothing, so this returns when every member owes the self-assessment step.
    /// </summary>
    private async Task PlanAsync(string definitionId)
    {
        using var admin = new HttpClient { BaseAddress = this["workflows"].Address };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Admin));
        await Eventually.Until(() => admin.PutAsJsonAsync($"/workflows/clusters/{Cluster.Id}/definition", new { definitionId }),
            r => r.IsSuccessStatusCode, TimeSpan.FromSeconds(60), "the workflows runtime to know the cluster");
        await Eventually.Until(() => StepTally.ReadAsync(this["workflows"].Address, Cluster, new HashSet<string>()),
            t => t.Units.Count == Cluster.Members.Count, TimeSpan.FromSeconds(60), "the workflows runtime to plan the year");
        await YearCopies.WhenKnownAsync(Database, Cluster, "intake", "appraisal");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values) await process.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        if (_broker is not null) await _broker.DisposeAsync();
    }
}
