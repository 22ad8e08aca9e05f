using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Workflows;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Simulation;

namespace Tdkt.Throughput.Pipelines;

/// <summary>
/// P2: reminder timers all due at one instant, fired by one workflows runtime on PostgreSQL, published through its outbox to
/// RabbitMQ and consumed back in the same process (so its memory is the runtime's plus a counter's).
/// </summary>
public static class Reminders
{
    public static async Task<Result> RunAsync(int clusters, int members)
    {
        var total = clusters * members;
        var fireAt = new DateTimeOffset(2025, 3, 5, 1, 0, 0, TimeSpan.Zero);
        var clock = new VirtualClock(fireAt.AddDays(-1));
        await using var database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        config[ConfigKeys.WorkflowTimerPollMilliseconds] = "200";
        config["Logging:LogLevel:Default"] = "Warning";
        await using var host = await ServiceHost.StartAsync(config, new WorkflowsService(), new DeliveryCounter(), clock.AsService());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
            var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pipelines", "benchmark-definition.yaml"));
            db.Definitions.Add(new StoredDefinition { Id = DueReminders.DefinitionId, Version = 1, Title = "Benchmark", Yaml = yaml, Published = true, SavedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }
        await DueReminders.SeedAsync(database.ConnectionString, clusters, members, fireAt);
        GC.Collect();
        var baseline = Process.GetCurrentProcess().WorkingSet64 / 1048576.0;

        var watch = Stopwatch.StartNew();
        clock.Set(fireAt);
        TimeSpan? firedAll = null, deliveredAll = null;
        await using var probe = new NpgsqlConnection(database.ConnectionString);
        await probe.OpenAsync();
        while (watch.Elapsed < TimeSpan.FromMinutes(20) && deliveredAll is null)
        {
            await Task.Delay(250);
            await using var count = new NpgsqlCommand("SELECT count(*) FROM workflows.\"Timers\" WHERE \"FiredAt\" IS NOT NULL", probe);
            var fired = (long)(await count.ExecuteScalarAsync())!;
            if (fired >= total) firedAll ??= watch.Elapsed;
            if (DeliveryCounter.Delivered >= total) deliveredAll = watch.Elapsed;
        }
        if (deliveredAll is null) throw new InvalidOperationException($"{DeliveryCounter.Delivered:N0} of {total:N0} reminders delivered in 20 minutes.");
        return new Result("P2", new()
        {
            ["reminders"] = total,
            ["fired rate"] = total / firedAll!.Value.TotalSeconds,
            [Result.Rate] = total / deliveredAll.Value.TotalSeconds,
            ["baseline MiB"] = baseline,
            ["peak MiB"] = PeakMemory.OfThisProcess(),
        });
    }
}
