using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines;

/// <summary>
/// P2: reminder timers all due at one instant, fired by the workflows host as its own process (so its memory is the product's,
/// on the product's runtime settings) on PostgreSQL, published through its outbox to RabbitMQ and counted by a consumer here.
/// </summary>
public static class Reminders
{
    public static async Task<Result> RunAsync(int clusters, int members)
    {
        var total = clusters * members;
        var fireAt = new DateTimeOffset(2025, 3, 5, 1, 0, 0, TimeSpan.Zero);
        using var clock = SharedClock.Create(fireAt.AddDays(-1));
        await using var database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        config["Logging:LogLevel:Default"] = "Warning";
        // The counter's queue is bound before anything can fire.
        await using var counter = await ServiceHost.StartAsync(config, new DeliveryCounter());
        var environment = new Dictionary<string, string>(clock.Environment)
        {
            [ConfigKeys.WorkflowTimerPollMilliseconds] = "200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var workflows = await ServiceProcess.StartAsync("Tdkt.Workflows.Host", "workflows/Tdkt.Workflows.Host", database.ConnectionString, environment);
        await PublishDefinitionAsync(workflows.Address);
        await DueReminders.SeedAsync(database.ConnectionString, clusters, members, fireAt);
        var baseline = PeakMemory.NowOfProcess(workflows.ProcessId);

        var watch = Stopwatch.StartNew();
        clock.MoveTo(fireAt);
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
            ["peak MiB"] = PeakMemory.OfProcess(workflows.ProcessId),
        });
    }

    /// <summary>Saved and published through the workflows API, as an administrator does.</summary>
    private static async Task PublishDefinitionAsync(Uri workflows)
    {
        using var admin = new HttpClient { BaseAddress = workflows };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServiceHost.Token(Roles.Admin));
        var yaml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Pipelines", "benchmark-definition.yaml"));
        (await admin.PostAsJsonAsync("/workflows/definitions", new { yaml })).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/workflows/definitions/{DueReminders.DefinitionId}/versions/1/publish", null)).EnsureSuccessStatusCode();
    }
}
