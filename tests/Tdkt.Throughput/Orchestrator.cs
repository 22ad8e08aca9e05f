using System.Diagnostics;
using Tdkt.Testing;

namespace Tdkt.Throughput;

/// <summary>Runs each scenario as a child process of this driver, on a fresh virtual host when it uses the broker.</summary>
public static class Orchestrator
{
    public static async Task<List<(int Run, Result Result)>> RunAsync(Options options)
    {
        var results = new List<(int, Result)>();
        for (var run = 1; run <= options.Runs; run++)
            foreach (var scenario in Scenarios.All.Where(options.Only.Contains))
            {
                Console.WriteLine($"run {run}/{options.Runs}, {scenario}…");
                var result = await RunChildAsync(scenario, options);
                Console.WriteLine($"  {string.Join(", ", result.Figures.Select(f => $"{f.Key} {f.Value:0.##}"))}");
                results.Add((run, result));
            }
        return results;
    }

    private static async Task<Result> RunChildAsync(string scenario, Options options)
    {
        // A durable queue left by an earlier run would double the traffic, or replay old reminders into this one.
        await using var virtualHost = Scenarios.UsesBroker(scenario) ? await BrokerVirtualHost.CreateAsync("throughput") : null;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[typeof(Orchestrator).Assembly.Location, .. options.ChildArguments(scenario)])
            start.ArgumentList.Add(argument);
        if (virtualHost is not null) start.Environment[TestServers.RabbitMqVariable] = virtualHost.Connection;
        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync();
        Result? result = null;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
            if (Result.FromLine(line) is { } r) result = r;
            else Console.WriteLine("  " + line);
        await child.WaitForExitAsync();
        return result ?? throw new InvalidOperationException($"Scenario {scenario} ended ({child.ExitCode}) without a result:\n{await error}");
    }
}
