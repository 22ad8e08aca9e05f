using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Workflows;
using Tdkt.Workflows.Benchmarks;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Simulation;

// 100,000 reminder timers due at one instant, fired by one runtime on PostgreSQL, published through
// the outbox to RabbitMQ and consumed back. Reports fired and delivered per second and peak memory.
const int Clusters = 1000, Members = 100, Total = Clusters * Members;
var fireAt = new DateTimeOffset(2025, 3, 5, 1, 0, 0, TimeSpan.Zero);
var clock = new VirtualClock(fireAt.AddDays(-1));
await using var database = await PostgresDatabase.CreateAsync();
var config = ServiceHost.OnRealServers(database.ConnectionString);
config[ConfigKeys.WorkflowTimerPollMilliseconds] = "200";
config[ConfigKeys.WorkflowTimerBatchSize] = args.Length > 0 ? args[0] : "500";
config[ConfigKeys.OutboxBatchSize] = "500";
config["Logging:LogLevel:Default"] = "Warning";
await using var host = await ServiceHost.StartAsync(config, new WorkflowsService(), new DeliveryCounter(), clock.AsService());

await using (var scope = host.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
    var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "benchmark-definition.yaml"));
    db.Definitions.Add(new StoredDefinition { Id = DueReminders.DefinitionId, Version = 1, Title = "Benchmark", Yaml = yaml, Published = true, SavedAt = clock.GetUtcNow() });
    await db.SaveChangesAsync();
}
Console.WriteLine($"Seeding {Total:N0} due reminder timers ({Clusters} clusters × {Members} units)…");
await DueReminders.SeedAsync(database.ConnectionString, Clusters, Members, fireAt);
GC.Collect();
var baseline = Process.GetCurrentProcess().WorkingSet64;

var watch = Stopwatch.StartNew();
clock.Set(fireAt);
long peakWorkingSet = 0, peakHeap = 0, fired = 0;
TimeSpan? firedAllAt = null, deliveredAllAt = null;
await using var probe = new NpgsqlConnection(database.ConnectionString);
await probe.OpenAsync();
while (watch.Elapsed < TimeSpan.FromMinutes(20) && deliveredAllAt is null)
{
    await Task.Delay(500);
    var process = Process.GetCurrentProcess();
    peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
    peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
    await using var count = new NpgsqlCommand("SELECT count(*) FROM workflows.\"Timers\" WHERE \"FiredAt\" IS NOT NULL", probe);
    fired = (long)(await count.ExecuteScalarAsync())!;
    if (fired >= Total && firedAllAt is null) firedAllAt = watch.Elapsed;
    if (DeliveryCounter.Delivered >= Total) deliveredAllAt = watch.Elapsed;
    Console.Write($"\r{watch.Elapsed:mm\\:ss} fired {fired:N0}, delivered {DeliveryCounter.Delivered:N0}, working set {process.WorkingSet64 / 1048576:N0} MiB   ");
}
Console.WriteLine();
Console.WriteLine($"timers fired:        {fired:N0} in {firedAllAt?.TotalSeconds:N1} s → {(firedAllAt is { } f ? Total / f.TotalSeconds : 0):N0} reminders/s (in-app notice + outbox row, committed)");
Console.WriteLine($"reminders delivered: {DeliveryCounter.Delivered:N0} in {deliveredAllAt?.TotalSeconds:N1} s → {(deliveredAllAt is { } d ? Total / d.TotalSeconds : 0):N0} reminders/s (DeadlineReminderDue consumed from RabbitMQ)");
Console.WriteLine($"process memory:      baseline {baseline / 1048576:N0} MiB, peak working set {peakWorkingSet / 1048576:N0} MiB, peak managed heap {peakHeap / 1048576:N0} MiB (sampled every 0.5 s)");
Console.WriteLine($"process peak RSS:    {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MiB");
