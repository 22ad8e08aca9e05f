using System.Diagnostics;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Stops and restarts the test PostgreSQL server through the rig's control script.</summary>
public static class DatabaseControl
{
    public const string Unavailable =
        "TDKT_TEST_POSTGRES_CONTROL is not set: this test stops and restarts PostgreSQL, which only a server the rig of tests/run.sh started itself allows.";

    public static Task StopAsync() => RunAsync("stop");
    public static Task StartAsync() => RunAsync("start");

    private static async Task RunAsync(string verb)
    {
        var script = TestServers.PostgresControl ?? throw new InvalidOperationException(Unavailable);
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"PostgreSQL {verb} failed: {await error}");
    }
}

/// <summary>
/// A fact that stops PostgreSQL, on a fresh virtual host of the broker; skipped, with the reason printed, when the rig
/// controls neither.
/// </summary>
public sealed class DatabaseControlFactAttribute : FactAttribute
{
    public DatabaseControlFactAttribute()
    {
        if (TestServers.PostgresControl is null) Skip = DatabaseControl.Unavailable;
        else if (TestServers.BrokerControl is null) Skip = BrokerControl.Unavailable;
    }
}
