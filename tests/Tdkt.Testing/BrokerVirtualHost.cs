using System.Diagnostics;
using Tdkt.Platform.Messaging;

namespace Tdkt.Testing;

/// <summary>
/// A virtual host of its own on the test broker, deleted when disposed: no queue another test (or another session on the
/// same rig) left messages in reaches a host connected to it, and nothing it publishes lands in theirs.
/// </summary>
public sealed class BrokerVirtualHost : IAsyncDisposable
{
    private BrokerVirtualHost(string name, string connection) => (Name, Connection) = (name, connection);

    public string Name { get; }
    /// <summary>The test broker's address with this virtual host: for ConnectionStrings:RabbitMq.</summary>
    public string Connection { get; }

    public static async Task<BrokerVirtualHost> CreateAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
        RabbitMqAddress.Parse(TestServers.RabbitMq, out var user, out _);
        await RabbitMqCtlAsync("add_vhost", name);
        await RabbitMqCtlAsync("set_permissions", "-p", name, user, ".*", ".*", ".*");
        return new BrokerVirtualHost(name, new UriBuilder(TestServers.RabbitMq) { Path = "/" + name }.Uri.ToString());
    }

    /// <summary>
    /// A virtual host of its own where the rig controls the broker, else null (the shared test broker: a container
    /// started for this run). Tests that seed the demo data use one, because their queues would otherwise hold
    /// messages about the same demo cluster-years that an earlier test published and never consumed.
    /// </summary>
    public static async Task<BrokerVirtualHost?> TryCreateAsync(string prefix) =>
        TestServers.BrokerControl is null ? null : await CreateAsync(prefix);

    public async ValueTask DisposeAsync() => await RabbitMqCtlAsync("delete_vhost", Name);

    /// <summary>Every queue of the virtual host a connection string names, with its messages (ready and unacknowledged).</summary>
    public static async Task<Dictionary<string, long>> QueuesAsync(string connection)
    {
        var path = Uri.UnescapeDataString(new Uri(connection).AbsolutePath.TrimStart('/'));
        var listed = await RabbitMqCtlAsync("list_queues", "-p", path.Length == 0 ? "/" : path, "--no-table-headers", "name", "messages");
        return listed.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => long.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// rabbitmqctl needs the node's name, ports and cookie, which the rig's control script exports on its first lines
    /// (tests/rig/servers.sh); the script itself only starts and stops the broker.
    /// </summary>
    private static async Task<string> RabbitMqCtlAsync(params string[] arguments)
    {
        var script = TestServers.BrokerControl ?? throw new InvalidOperationException(
            $"{TestServers.BrokerControlVariable} is not set: a virtual host is made through the rig's broker (tests/rig/servers.sh).");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-c", """eval "$(grep '^export ' "$0")"; exec rabbitmqctl -q "$@" """, script, .. arguments])
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {await error}");
        return output;
    }
}
