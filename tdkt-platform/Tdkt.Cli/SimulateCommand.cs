using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Tdkt.Calendar;
using Tdkt.Embedded;
using Tdkt.Platform.Hosting;
using Tdkt.Workflows;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Simulation;

namespace Tdkt.Cli;

/// <summary>
/// `tdkt simulate --cluster dien-bien-vung-cao --year 2022`: the embedded host on a virtual clock, in a
/// fresh data folder removed afterwards, runs the cluster-year from 1 January to the summary conference
/// in seconds and prints the dated timeline: deadlines, reminders, completions and misses.
/// </summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var cluster = new Option<string>("--cluster") { Description = "Mã cụm/khối", DefaultValueFactory = _ => "dien-bien-vung-cao" };
        var year = new Option<int>("--year") { Description = "Năm thi đua", DefaultValueFactory = _ => 2022 };
        var miss = new Option<string?>("--miss")
        {
            Description = "Bước và đơn vị cố ý bỏ lỡ, dạng buoc:don-vi ('none' để không bỏ lỡ)",
            DefaultValueFactory = _ => "annual-report:nam-po",
        };
        var command = new Command("simulate", "Chạy thử cả năm thi đua của một cụm trên đồng hồ ảo") { cluster, year, miss };
        command.SetAction(async (parse, ct) =>
        {
            var missText = parse.GetValue(miss)?.Trim();
            (string, string)? missed = null;
            if (missText is { Length: > 0 } and not "none")
            {
                if (missText.Split(':') is not [{ Length: > 0 } step, { Length: > 0 } unit])
                {
                    await Console.Error.WriteLineAsync($"--miss '{missText}' không hợp lệ: cần dạng buoc:don-vi, ví dụ annual-report:nam-po, hoặc none.");
                    return 2;
                }
                missed = (step, unit);
            }
            var script = new SimulationScript(parse.GetValue(cluster)!, parse.GetValue(year), missed);
            if (DemoYears.Refusal(script.ClusterId, script.Year, script.MissedStep) is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return 2;
            }
            var data = Directory.CreateTempSubdirectory("tdkt-simulate-");
            try
            {
                return await RunAsync(script, data, CliConsole.Create(), ct);
            }
            finally
            {
                Remove(data);
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(SimulationScript script, DirectoryInfo data, IAnsiConsole console, CancellationToken ct)
    {
        var clock = new VirtualClock(VietnamTime.At(new DateOnly(script.Year, 1, 1), TimeOnly.MinValue));
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.UseEmbeddedDefaults();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigKeys.DataDirectory] = data.FullName,
            [ConfigKeys.Urls] = "http://127.0.0.1:0",
            [ConfigKeys.WorkflowTimerPollMilliseconds] = "0",
            [ConfigKeys.OutboxPollMilliseconds] = "50",
        });
        builder.AddTdktPlatform("tdkt-simulate", [.. EmbeddedPlatform.Services(), clock.AsService()]);
        // The timeline is this command's output; log lines would only break it up.
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapTdktPlatformEndpoints();
        await app.StartAsync(ct);
        try
        {
            console.MarkupLine($"[bold]Mô phỏng năm thi đua {script.Year} của cụm {Markup.Escape(script.ClusterId)}[/]");
            var simulator = new YearSimulator(app.Services, clock, script, entry => Print(console, entry));
            if (CliConsole.IsTerminal) await RunWithProgressAsync(console, simulator, script, ct);
            else await simulator.RunAsync(_ => { }, ct);
            await PrintSummaryAsync(console, app.Services, script, ct);
            console.MarkupLine("[bold green]Kết thúc mô phỏng.[/]");
            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static Task RunWithProgressAsync(IAnsiConsole console, YearSimulator simulator, SimulationScript script, CancellationToken ct)
    {
        var start = simulator.Start;
        var end = VietnamTime.At(new DateOnly(script.Year + 1, 4, 1), TimeOnly.MinValue);
        return console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Năm thi đua", maxValue: (end - start).TotalDays);
                await simulator.RunAsync(now =>
                {
                    task.Value = Math.Min(task.MaxValue, (now - start).TotalDays);
                    task.Description = $"Ngày {TimeZoneInfo.ConvertTime(now, VietnamTime.Zone):dd/MM/yyyy}";
                }, ct);
                task.Value = task.MaxValue;
            });
    }

    /// <summary>Every step with its deadline and each owing unit's status, as the progress API reports it.</summary>
    private static async Task PrintSummaryAsync(IAnsiConsole console, IServiceProvider services, SimulationScript script, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
        var report = await scope.ServiceProvider.GetRequiredService<ProgressQuery>().GetAsync(db, script.ClusterId, script.Year, ct);
        if (report is null) return;
        var table = new Table().AddColumns("Bước", "Hạn", "Tình trạng theo đơn vị");
        foreach (var step in report.Steps)
            table.AddRow(Markup.Escape(step.Title), Markup.Escape(step.DueText ?? "chưa có ngày"),
                Markup.Escape(string.Join(", ", step.Units.Select(u => $"{u.UnitId}: {u.StatusText}"))));
        console.Write(table);
    }

    private static void Print(IAnsiConsole console, TimelineEntry entry)
    {
        var local = TimeZoneInfo.ConvertTime(entry.At, VietnamTime.Zone);
        var colour = entry.Kind switch
        {
            TimelineKind.Missed => "red",
            TimelineKind.Reminder => "yellow",
            TimelineKind.Completed => "green",
            TimelineKind.Deadline => "blue",
            TimelineKind.DateSet => "aqua",
            _ => "grey",
        };
        console.MarkupLine($"[{colour}]{local:dd/MM/yyyy HH:mm}[/]  {Markup.Escape(entry.Text)}");
    }

    /// <summary>The simulation's data is worth nothing afterwards, whether it ended well or not.</summary>
    private static void Remove(DirectoryInfo data)
    {
        // Pooled connections keep the SQLite files open (which blocks the delete on Windows).
        SqliteConnection.ClearAllPools();
        try { data.Delete(recursive: true); }
        catch (IOException e) { Console.Error.WriteLine($"Không xóa được thư mục tạm {data.FullName}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { Console.Error.WriteLine($"Không xóa được thư mục tạm {data.FullName}: {e.Message}"); }
    }
}
