using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>
/// The real workflows host runs as its own process on the system clock, for which a whole 2025
/// year of reminders is already due; it is killed (SIGKILL) while it works through them and a
/// second runtime finishes the job.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_a_runtime_is_killed_mid_firing : IAsyncLifetime
{
    private const string Cluster = "cum-bi-dung";
    private const int Units = 3000;
    private PostgresDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresDatabase.CreateAsync();
        await using var setup = await Runtime.StartAsync(_db.ConnectionString, new TestClock(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7))),
            new Dictionary<string, string?> { [ConfigKeys.WorkflowTimerPollMilliseconds] = "0" });
        await setup.UseDefinitionAsync(Cluster, "kt-bi-dung", TestDefinitions.OneMemberStep("kt-bi-dung"));
        await setup.OpenYearAsync(Cluster, 2025, Units);
    }

    [Fact]
    public async Task The_restarted_runtime_loses_nothing_and_duplicates_nothing()
    {
        var fired = () => Count(db => db.Timers.CountAsync(t => t.FiredAt != null));
        using (var process = StartHostProcess())
        {
            var before = await Eventually.Until(fired, n => n > 0, TimeSpan.FromSeconds(60), "the process to start firing");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            (await fired()).Should().BeLessThan(Units * 4, "the process must die before it has fired everything (fired {0} before the kill)", before);
        }

        await using (var restarted = await Runtime.StartAsync(_db.ConnectionString, TimeProvider.System))
            await Eventually.Until(() => restarted.PendingTimersAsync(Cluster), n => n == 0, TimeSpan.FromSeconds(120), "every timer fired");

        var reminders = await Count(db => db.Notices.Where(n => n.Kind == NoticeKind.Reminder).GroupBy(n => n.Recipient).Select(g => g.Count()).ToListAsync());
        reminders.Should().HaveCount(Units).And.OnlyContain(n => n == 3, "each unit is reminded 3, 1 and 0 working days before, once each");
        (await Count(db => db.Escalations.CountAsync())).Should().Be(Units);
        (await Count(db => db.Outbox.CountAsync(m => m.MessageType.StartsWith(typeof(DeadlineReminderDue).FullName!)))).Should().Be(Units * 3);
        (await Count(db => db.Outbox.CountAsync(m => m.MessageType.StartsWith(typeof(DeadlineMissed).FullName!)))).Should().Be(Units);
    }

    private Process StartHostProcess()
    {
        // tests/Tdkt.Workflows.Tests/bin/<Configuration>/net10.0 → workflows/Tdkt.Workflows.Host/bin/<Configuration>/net10.0
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var root = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(root, "workflows", "Tdkt.Workflows.Host", "bin", output.Parent.Name, output.Name, "Tdkt.Workflows.Host.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in ServiceHost.OnRealServers(_db.ConnectionString))
            start.Environment[ConfigKeys.AsEnvironmentVariable(key)] = value;
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.Urls)] = "http://127.0.0.1:0";
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.AuthSigningKey)] = ServiceHost.SigningKey;
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.WorkflowTimerBatchSize)] = "20";
        start.Environment[ConfigKeys.AsEnvironmentVariable(ConfigKeys.WorkflowTimerPollMilliseconds)] = "100";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<T> Count<T>(Func<WorkflowsDb, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<WorkflowsDb>();
        options.UseNpgsql(_db.ConnectionString);
        await using var db = new WorkflowsDb(options.Options);
        return await query(db);
    }

    public Task DisposeAsync() => _db.DisposeAsync().AsTask();
}
