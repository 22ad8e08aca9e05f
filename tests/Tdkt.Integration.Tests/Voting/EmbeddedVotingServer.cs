using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>The voting service on its embedded default: a SQLite file and the in-memory bus.</summary>
public sealed class EmbeddedVotingServer : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tdkt-voting-" + Guid.NewGuid().ToString("N"));
    public ServiceHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await ServiceHost.StartAsync(new Dictionary<string, string?>
    {
        [ConfigKeys.DatabaseProvider] = "sqlite",
        [ConfigKeys.DataDirectory] = _directory,
    }, new Tdkt.Voting.VotingService());

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
