using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Intake;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Registry, intake and appraisal, each in its own host on its own schema of a fresh database, sharing
/// only the broker; a test cluster imported and opened.
/// </summary>
public sealed class SliceServices : IAsyncDisposable
{
    private SliceServices(PostgresDatabase database, ServiceHost registry, ServiceHost intake, ServiceHost appraisal, TestCluster cluster) =>
        (Database, Registry, Intake, Appraisal, Cluster) = (database, registry, intake, appraisal, cluster);

    public PostgresDatabase Database { get; }
    public ServiceHost Registry { get; }
    public ServiceHost Intake { get; }
    public ServiceHost Appraisal { get; }
    public TestCluster Cluster { get; }
    public SliceClient Slice => new(Intake.Address, Appraisal.Address, Cluster);

    public static async Task<SliceServices> StartAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        var services = new SliceServices(database,
            await ServiceHost.StartAsync(config, new RegistryService()),
            await ServiceHost.StartAsync(config, new IntakeService()),
            await ServiceHost.StartAsync(config, new AppraisalService()),
            TestCluster.Create());
        await services.Cluster.ImportAsync(services.Registry.Address);
        return services;
    }

    /// <summary>Reads intake's own database, as its operator would.</summary>
    public async Task<T> InIntakeAsync<T>(Func<IntakeDb, Task<T>> query)
    {
        await using var scope = Intake.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntakeDb>());
    }

    public Task<int> StoredSubmissionsOf(string unit) => InIntakeAsync(db => db.SelfAssessments.CountAsync(s => s.UnitId == unit));

    public async ValueTask DisposeAsync()
    {
        await Appraisal.DisposeAsync();
        await Intake.DisposeAsync();
        await Registry.DisposeAsync();
        await Database.DisposeAsync();
    }
}
