using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>A host on the embedded default (SQLite files, the in-memory bus) in a folder of its own, removed with it.</summary>
public sealed class TemporaryEmbeddedHost : IAsyncDisposable
{
    private readonly string _directory;

    private TemporaryEmbeddedHost(ServiceHost host, string directory) => (Host, _directory) = (host, directory);

    public ServiceHost Host { get; }
    public Uri Address => Host.Address;
    public IServiceProvider Services => Host.Services;

    public static Task<TemporaryEmbeddedHost> StartAsync(bool demoData, Action<IServiceCollection> configure, params ITdktService[] services) =>
        StartAsync(demoData ? new Dictionary<string, string?> { [ConfigKeys.SeedDemoData] = "true" } : [], configure, services);

    /// <param name="settings">Settings beside the embedded default's, e.g. a shorter interval.</param>
    public static async Task<TemporaryEmbeddedHost> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection> configure,
        params ITdktService[] services)
    {
        var directory = Path.Combine(Path.GetTempPath(), "tdkt-embedded-" + Guid.NewGuid().ToString("N"));
        var config = new Dictionary<string, string?>(settings) { [ConfigKeys.DatabaseProvider] = "sqlite", [ConfigKeys.DataDirectory] = directory };
        return new TemporaryEmbeddedHost(await ServiceHost.StartAsync(config, configure, services), directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        // SQLite keeps its files open in the pool after the host is gone.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
