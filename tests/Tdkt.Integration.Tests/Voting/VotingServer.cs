using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>The voting service alone on its own PostgreSQL database and the rig's RabbitMQ, shared by a test class.</summary>
public sealed class VotingServer : IAsyncLifetime
{
    private PostgresDatabase _database = null!;
    public ServiceHost Host { get; private set; } = null!;
    public LogLines Logs { get; } = new();
    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(_database.ConnectionString);
        // Everything the service logs, at every level, so a test can read it for what it must never say.
        config["Logging:LogLevel:Default"] = "Trace";
        Host = await ServiceHost.StartAsync(config, s => s.AddLogLines(Logs), new Tdkt.Voting.VotingService());
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
