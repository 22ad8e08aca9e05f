using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Tdkt.Testing;

/// <summary>
/// The broker and the database as containers, when a Docker engine answers and no variable names a server: each
/// started once per test process, on first use, and shared by its tests like the rig's servers. Testcontainers'
/// reaper removes them when the process ends. Never exercised on this project's own machines (no Docker engine).
/// </summary>
internal static class TestContainers
{
    private static readonly Lazy<string> Broker = new(() => Start(
        new RabbitMqBuilder("rabbitmq:3.13").Build(), c => c.StartAsync(), c => c.GetConnectionString()));

    // Like the rig's server: room for the many hosts of a test run, and no fsync for speed.
    private static readonly Lazy<string> Database = new(() => Start(
        new PostgreSqlBuilder("postgres:15").WithCommand("-c", "max_connections=300", "-c", "fsync=off").Build(),
        c => c.StartAsync(), c => c.GetConnectionString() + ";Include Error Detail=true"));

    public static string RabbitMq => Broker.Value;
    public static string Postgres => Database.Value;

    private static string Start<T>(T container, Func<T, Task> start, Func<T, string> address)
    {
        start(container).GetAwaiter().GetResult();
        return address(container);
    }
}
