using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Auth;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>The registry alone in its host on a fresh database, with an administrator's client.</summary>
public sealed class RegistryServices : IAsyncDisposable
{
    private RegistryServices(PostgresDatabase database, ServiceHost host) =>
        (Database, Host, Admin) = (database, host, host.Client(ServiceHost.Token(Roles.Admin)));

    public PostgresDatabase Database { get; }
    public ServiceHost Host { get; }
    public HttpClient Admin { get; }

    public static async Task<RegistryServices> StartAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        return new RegistryServices(database, await ServiceHost.StartAsync(ServiceHost.OnRealServers(database.ConnectionString), new RegistryService()));
    }

    /// <summary>Reads the registry's own database, as its operator would.</summary>
    public async Task<T> InRegistryAsync<T>(Func<RegistryDb, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<RegistryDb>());
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
