using System.Diagnostics;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Stops and restarts the test broker through the rig's control script.</summary>
public static class BrokerControl
{
    public const string Unavailable =
        "TDKT_TEST_BROKER_CONTROL is not set: this test stops and restarts the broker, which only the rig of tests/run.sh can do.";

    public static Task StopAsync() => RunAsync("stop");
    public static Task StartAsync() => RunAsync("start");

    private static async Task RunAsync(string verb)
    {
        var script = TestServers.BrokerControl ?? throw new InvalidOperationException(Unavailable);
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Broker {verb} failed: {await process.StandardError.ReadToEndAsync()}");
    }
}

/// <summary>A fact that needs to stop the broker; skipped, with the reason printed, on a broker the rig does not control.</summary>
public sealed class BrokerControlFactAttribute : FactAttribute
{
    public BrokerControlFactAttribute()
    {
        if (TestServers.BrokerControl is null) Skip = BrokerControl.Unavailable;
    }
}

/// <summary>A theory that needs the rig's broker control (to stop it, or to make a virtual host); skipped like <see cref="BrokerControlFactAttribute"/>.</summary>
public sealed class BrokerControlTheoryAttribute : TheoryAttribute
{
    public BrokerControlTheoryAttribute()
    {
        if (TestServers.BrokerControl is null) Skip = BrokerControl.Unavailable;
    }
}
