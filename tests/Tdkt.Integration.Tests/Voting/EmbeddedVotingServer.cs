using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>The voting service on its embedded default: a SQLite file and the in-memory bus.</summary>
public sealed class EmbeddedVotingServer : IAsyncLifetime
{
    private TemporaryEmbeddedHost _host = null!;
    public ServiceHost Host => _host.Host;

    public async Task InitializeAsync() => _host = await TemporaryEmbeddedHost.StartAsync(demoData: false, _ => { }, new Tdkt.Voting.VotingService());

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
