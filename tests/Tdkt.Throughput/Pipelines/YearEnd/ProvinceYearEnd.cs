using System.Diagnostics;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// P5: a province's year-end on the distributed mode. Every service of the chain is its own process on one fresh
/// PostgreSQL database and the run's virtual host, on a clock the driver moves through the year. Driven through the
/// HTTP APIs by 32 clients: opened years, covenants, self-assessments, the heads' appraisal and publication,
/// finalization (with the proposed units' achievement reports), the summary conferences, the dossiers to the board;
/// then until nothing is left to publish or consume. Wall time per step and in all, each process's peak memory, the
/// deepest each service's queues got, and the CPU each process (and the database server and the broker) used over the
/// year-end. A one-cluster year-end of the year before warms the services up first, as the other pipelines do.
/// </summary>
public static class ProvinceYearEnd
{
    public static async Task<Result> RunAsync(int clusters, int unitsPerCluster)
    {
        var load = new LoadCluster("tinh", clusters, unitsPerCluster) { Year = 2025, FrameworkId = ProvinceFramework.Id, FrameworkYaml = ProvinceFramework.Yaml };
        var warm = load with { Prefix = "khoi-dong", Clusters = 1, Year = load.Year - 1 };
        var starting = Stopwatch.StartNew();
        await using var services = await YearEndServices.StartAsync(new YearEndCalendar(warm.Year).Opening);
        Console.WriteLine($"six services started in {starting.Elapsed.TotalSeconds:0} s");
        using var province = new Province();
        await using var depths = await QueueDepths.StartAsync(TestServers.RabbitMq, YearEndServices.Names);

        var warmUp = new Phases();
        await DriveAsync(new YearEndRun(warm, services, province), warmUp, depths);
        Console.WriteLine($"warm-up year-end ({warm.Units} units): {warmUp.Whole.TotalSeconds:0.0} s");
        depths.Reset();
        var cpuBefore = services.CpuSeconds();
        var phases = new Phases();
        var submissions = await DriveAsync(new YearEndRun(load, services, province), phases, depths);
        var cpu = services.CpuSeconds();
        var held = await Settling.ConfirmAsync();
        await depths.StopAsync();

        foreach (var line in depths.Lines(YearEndServices.Names)) Console.WriteLine(line);
        var figures = new Dictionary<string, double> { ["clusters"] = clusters, ["units"] = load.Units, ["year-end s"] = phases.Whole.TotalSeconds };
        foreach (var (name, value) in phases.Seconds) figures[name] = value;
        figures["self-assessment p99 ms"] = submissions.Percentile(0.99);
        figures["warm-up year-end s"] = warmUp.Whole.TotalSeconds;
        foreach (var (name, value) in services.PeakMemory()) figures[name] = value;
        foreach (var (name, value) in cpu) figures[name] = value - cpuBefore[name];
        foreach (var (name, value) in depths.Figures(YearEndServices.Names)) figures[name] = value;
        figures["queue samples"] = depths.Samples;
        figures["held after settling"] = held;
        figures["failed messages"] = await Settling.FailedAsync();
        return new Result("P5", figures);
    }

    private static async Task<Burst.Report> DriveAsync(YearEndRun run, Phases phases, QueueDepths depths)
    {
        Burst.Report? submissions = null;
        await phases.RunAsync("opened years", () => OpenedYears.RunAsync(run));
        await phases.RunAsync("covenants", () => Covenants.RunAsync(run));
        await phases.RunAsync("self-assessments", async () => submissions = await SelfAssessments.RunAsync(run));
        await phases.RunAsync("appraisal", () => HeadAppraisal.RunAsync(run));
        await phases.RunAsync("finalization", () => Finalization.RunAsync(run));
        await phases.RunAsync("conference", () => SummaryConference.RunAsync(run));
        await phases.RunAsync("dossier", () => DossierToBoard.RunAsync(run));
        await phases.RunAsync("settling", () => Settling.RunAsync(run, depths));
        return submissions!;
    }
}
