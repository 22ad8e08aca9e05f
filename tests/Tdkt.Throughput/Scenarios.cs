using Tdkt.Testing;
using Tdkt.Throughput.Anchors;
using Tdkt.Throughput.Pipelines;
using Tdkt.Throughput.Pipelines.YearEnd;

namespace Tdkt.Throughput;

/// <summary>Each measurement, run alone in a child process so one's memory, JIT and threads do not weigh on the next.</summary>
public static class Scenarios
{
    /// <summary>In the order they run: anchors first, each pipeline after the anchors it is compared with.</summary>
    public static IReadOnlyList<string> All { get; } = ["a", "b", "c", "P1", "P2", "P5", "P6"];

    /// <summary>Whether the scenario talks to RabbitMQ, and so gets a fresh virtual host.</summary>
    public static bool UsesBroker(string name) => name is "a" or "b" or "P1" or "P2" or "P5";

    public static async Task<Result> RunAsync(string name, double scale)
    {
        int Scaled(int n) => Math.Max(20, (int)(n * scale));
        switch (name)
        {
            case "a":
                return await Anchor.RunAsync("a", new NoStore(), TestServers.RabbitMq, Scaled(20_000));
            case "b":
            {
                await using var database = await PostgresDatabase.CreateAsync();
                await using var store = await PostgresStore.CreateAsync(database.ConnectionString);
                return await Anchor.RunAsync("b", store, TestServers.RabbitMq, Scaled(20_000));
            }
            case "c":
            {
                var directory = Directory.CreateTempSubdirectory("tdkt-anchor-").FullName;
                try
                {
                    await using var store = await SqliteStore.CreateAsync(directory);
                    return await Anchor.RunAsync("c", store, rabbitMq: null, Scaled(10_000));
                }
                finally { Directory.Delete(directory, recursive: true); }
            }
            case "P1": return await IntakeToAppraisal.RunAsync(Scaled(2_000));
            case "P2": return await Reminders.RunAsync(Scaled(1_000), 100);
            // A province: 60 clusters of 12 units; a smaller scale keeps the clusters' size and has fewer of them.
            case "P5": return await ProvinceYearEnd.RunAsync(Math.Max(2, (int)Math.Round(60 * scale)), 12);
            case "P6": return await EmbeddedBurst.RunAsync(Scaled(2_000));
            default: throw new ArgumentException($"Unknown scenario {name}; known: {string.Join(", ", All)}.");
        }
    }
}
