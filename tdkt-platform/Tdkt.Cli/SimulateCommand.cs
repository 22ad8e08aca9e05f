using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
/// fresh data folder, runs the cluster-year from 1 January to the summary conference in seconds and
/// prints the dated timeline: deadlines, reminders, completions and misses.
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
            var missed = parse.GetValue(miss) is { } m && m.Split(':') is [var step, var unit] ? (step, unit) : ((string, string)?)null;
            var script = new SimulationScript(parse.GetValue(cluster)!, parse.GetValue(year), missed);
            return await RunAsync(script, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(SimulationScript script, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("tdkt-simulate-");
        var clock = new VirtualClock(VietnamTime.At(new DateOnly(script.Year, 1, 1), TimeOnly.MinValue));
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.UseEmbeddedDefaults();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConfigKeys.DataDirectory] = data.FullName,
            [ConfigKeys.Urls] = "http://127.0.0.1:0",
            [ConfigKeys.WorkflowTimerPollMilliseconds] = "0",
            [ConfigKeys.OutboxPollMilliseconds] = "50",
            ["Logging:LogLevel:Default"] = "None",
        });
        builder.AddTdktPlatform("tdkt-simulate", [.. EmbeddedPlatform.Services(), clock.AsService()]);
        await using var app = builder.Build();
        app.MapTdktPlatformEndpoints();
        await app.StartAsync(ct);
        try
        {
            AnsiConsole.MarkupLine($"[bold]Mô phỏng năm thi đua {script.Year} của cụm {Markup.Escape(script.ClusterId)}[/] (dữ liệu tạm: {Markup.Escape(data.FullName)})");
            var simulator = new YearSimulator(app.Services, clock, script, Print);
            var start = simulator.Start;
            var end = VietnamTime.At(new DateOnly(script.Year + 1, 4, 1), TimeOnly.MinValue);
            await AnsiConsole.Progress().AutoClear(true)
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
            await PrintSummaryAsync(app.Services, script, ct);
            AnsiConsole.MarkupLine("[bold green]Kết thúc mô phỏng.[/]");
            return 0;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Every step with its deadline and each owing unit's status, as the progress API reports it.</summary>
    private static async Task PrintSummaryAsync(IServiceProvider services, SimulationScript script, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
        var report = await scope.ServiceProvider.GetRequiredService<ProgressQuery>().GetAsync(db, script.ClusterId, script.Year, ct);
        if (report is null) return;
        var table = new Table().AddColumns("Bước", "Hạn", "Tình trạng theo đơn vị");
        foreach (var step in report.Steps)
            table.AddRow(Markup.Escape(step.Title), Markup.Escape(step.DueText ?? "chưa có ngày"),
                Markup.Escape(string.Join(", ", step.Units.Select(u => $"{u.UnitId}: {u.StatusText}"))));
        AnsiConsole.Write(table);
    }

    private static void Print(TimelineEntry entry)
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
        AnsiConsole.MarkupLine($"[{colour}]{local:dd/MM/yyyy HH:mm}[/]  {Markup.Escape(entry.Text)}");
    }
}
