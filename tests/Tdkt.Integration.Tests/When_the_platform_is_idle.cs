using FluentAssertions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Embedded;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Xunit.Abstractions;

namespace Tdkt.Integration.Tests;

/// <summary>
/// With nothing to do, every service of the platform (outbox dispatchers, timer runner, mail channel)
/// rests: a handful of database commands in 10 s, where a loop that wakes itself makes thousands.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_platform_is_idle(ITestOutputHelper output)
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);
    // Six services polling with backoff make a few dozen reads in 10 s; a spinning loop made thousands.
    private const int AHandful = 100;

    [Fact]
    public async Task The_embedded_host_barely_touches_its_SQLite_files()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tdkt-idle-" + Guid.NewGuid().ToString("N"));
        try
        {
            await MeasureAsync(new Dictionary<string, string?>
            {
                [ConfigKeys.DatabaseProvider] = "sqlite",
                [ConfigKeys.DataDirectory] = directory,
                [ConfigKeys.SeedDemoData] = "true",
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task The_services_on_PostgreSQL_and_RabbitMQ_barely_touch_the_database()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var broker = await BrokerVirtualHost.TryCreateAsync("tdkt-demo");
        var config = ServiceHost.OnRealServers(database.ConnectionString, broker);
        config[ConfigKeys.SeedDemoData] = "true";
        config[ConfigKeys.SmtpHost] = "127.0.0.1";
        config[ConfigKeys.SmtpPort] = Environment.GetEnvironmentVariable("TDKT_TEST_SMTP_PORT") ?? "25";
        await MeasureAsync(config);
    }

    private async Task MeasureAsync(IDictionary<string, string?> config)
    {
        var activity = new DatabaseActivity();
        await using var host = await ServiceHost.StartAsync(config, s => s.AddSingleton<IInterceptor>(activity), EmbeddedPlatform.Services());
        // Start-up work first: migrations, the demo data, its messages, and the 2022 demo year's past-due timers.
        await activity.SettleAsync(quiet: 20, TimeSpan.FromSeconds(120));
        var (commands, transactions) = (activity.Commands, activity.Transactions);

        await Task.Delay(Idle);

        var (idleCommands, idleTransactions) = (activity.Commands - commands, activity.Transactions - transactions);
        output.WriteLine($"Idle for {Idle.TotalSeconds} s: {idleCommands} database commands, {idleTransactions} transactions.");
        idleCommands.Should().BeLessThan(AHandful, "an idle platform must not poll its databases in a tight loop");
        idleTransactions.Should().BeLessThan(10, "an idle loop reads without taking a transaction");
    }
}
