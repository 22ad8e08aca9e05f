using Tdkt.Intake;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Intake alone, on the rig's PostgreSQL or on its embedded SQLite file.</summary>
internal sealed class IntakeOn(PostgresDatabase? database, TemporaryEmbeddedHost? embedded, ServiceHost? onServers) : IAsyncDisposable
{
    public IServiceProvider Services => embedded?.Services ?? onServers!.Services;

    public static async Task<IntakeOn> StartAsync(string provider)
    {
        if (provider != "postgres") return new(null, await TemporaryEmbeddedHost.StartAsync(demoData: false, _ => { }, new IntakeService()), null);
        var database = await PostgresDatabase.CreateAsync();
        return new(database, null, await ServiceHost.StartAsync(ServiceHost.OnRealServers(database.ConnectionString), new IntakeService()));
    }

    public async ValueTask DisposeAsync()
    {
        if (embedded is not null) await embedded.DisposeAsync();
        if (onServers is not null) await onServers.DisposeAsync();
        if (database is not null) await database.DisposeAsync();
    }
}
