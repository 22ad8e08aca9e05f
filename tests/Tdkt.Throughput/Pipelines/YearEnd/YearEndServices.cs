using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// Every service of the year-end chain as its own process on one fresh PostgreSQL database and this run's virtual host,
/// all reading one clock the driver moves; intake and dossier share a file store, as the volume they mount does.
/// </summary>
public sealed class YearEndServices : IAsyncDisposable
{
    /// <summary>The consumers first: on a fresh virtual host their queues must exist before the registry announces the years.</summary>
    private static readonly (string Name, string Project, string Directory)[] Hosts =
    [
        ("intake", "Tdkt.Intake.Host", "services/intake/Tdkt.Intake.Host"),
        ("appraisal", "Tdkt.Appraisal.Host", "services/appraisal/Tdkt.Appraisal.Host"),
        ("workflows", "Tdkt.Workflows.Host", "workflows/Tdkt.Workflows.Host"),
        ("voting", "Tdkt.Voting.Host", "services/voting/Tdkt.Voting.Host"),
        ("dossier", "Tdkt.Dossier.Host", "services/dossier/Tdkt.Dossier.Host"),
        ("registry", "Tdkt.Registry.Host", "tdkt-platform/Tdkt.Registry.Host"),
    ];

    private readonly Dictionary<string, ServiceProcess> _processes = [];
    private PostgresDatabase? _database;
    private DirectoryInfo? _files;

    private YearEndServices(SharedClock clock) => Clock = clock;

    public SharedClock Clock { get; }
    public Tables Tables { get; private set; } = null!;
    public static IEnumerable<string> Names => Hosts.Select(h => h.Name);
    public Uri this[string service] => _processes[service].Address;

    public static async Task<YearEndServices> StartAsync(DateTimeOffset now)
    {
        var services = new YearEndServices(SharedClock.Create(now));
        try
        {
            services._database = await PostgresDatabase.CreateAsync();
            services.Tables = new Tables.Postgres(services._database.ConnectionString);
            services._files = Directory.CreateTempSubdirectory("tdkt-year-end-files-");
            var environment = new Dictionary<string, string>(services.Clock.Environment) { [ConfigKeys.FilesPath] = services._files.FullName };
            foreach (var (name, project, directory) in Hosts)
                services._processes[name] = await ServiceProcess.StartAsync(project, directory, services._database.ConnectionString, environment);
            return services;
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>Each process's peak resident memory so far, in MiB.</summary>
    public Dictionary<string, double> PeakMemory() =>
        _processes.ToDictionary(p => $"{p.Key} peak MiB", p => Pipelines.PeakMemory.OfProcess(p.Value.ProcessId));

    /// <summary>The CPU each service process, the database server, the broker and this driver have used so far, in seconds.</summary>
    public Dictionary<string, double> CpuSeconds()
    {
        var cpu = CpuTime.OfServices(_processes.ToDictionary(p => p.Key, p => p.Value.ProcessId))
            .ToDictionary(c => $"{c.Key} cpu s", c => c.Value);
        cpu["driver cpu s"] = CpuTime.OfProcess(Environment.ProcessId);
        return cpu;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values.Reverse()) await process.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        _files?.Delete(recursive: true);
        Clock.Dispose();
    }
}
