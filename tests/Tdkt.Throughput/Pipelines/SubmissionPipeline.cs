using System.Diagnostics;

namespace Tdkt.Throughput.Pipelines;

/// <summary>
/// Self-assessments from intake's HTTP API to appraisal's table, wherever the two run: a warm-up cluster first
/// (the anchors warm up too), then the burst, then the wait until appraisal has every accepted one.
/// The warm-up is as large as the burst, in five rounds with a pause after each: the runtime recompiles hot code
/// optimized only once calls pause for a moment, and a service on a deadline evening has been running for days, not
/// seconds. A tenth of the burst (the anchors' warm-up) left intake recompiling a hundred methods a second all through
/// the burst: a pipeline runs far more code than an anchor.
/// </summary>
public static class SubmissionPipeline
{
    public const int Clients = 64;

    /// <param name="processes">The services' processes by name: the CPU each spent per accepted submission of the burst is
    /// reported, a figure steadier than the rates on a machine whose runs vary by a sixth.</param>
    public static async Task<Dictionary<string, double>> MeasureAsync(Uri registry, Uri intake, Tables tables, int submissions,
        IReadOnlyDictionary<string, int> processes)
    {
        var warm = new LoadCluster("khoi-dong", Math.Max(5, submissions / 20), Math.Min(20, submissions));
        var load = new LoadCluster("tai", Math.Max(1, submissions / 20), Math.Min(20, submissions));
        await warm.ImportAsync(registry);
        await load.ImportAsync(registry);
        var clusters = warm.Clusters + load.Clusters;
        foreach (var schema in new[] { "intake", "appraisal" })
            if (!await tables.ReachAsync(schema, "ClusterYears", clusters, TimeSpan.FromMinutes(2)))
                throw new InvalidOperationException($"{schema} did not learn the {clusters} cluster-years in 2 minutes.");

        var warmUps = warm.Submissions();
        long warmedUp = 0;
        foreach (var round in warmUps.Chunk((warmUps.Count + 4) / 5))
        {
            warmedUp += (await Burst.RunAsync(intake, round, Clients, LoadCluster.Body)).Accepted;
            await ArrivedAsync(tables, warmedUp);
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        var cpuBefore = CpuTime.OfServices(processes);
        var watch = Stopwatch.StartNew();
        var burst = await Burst.RunAsync(intake, load.Submissions(), Clients, LoadCluster.Body);
        var unpublished = await tables.CountAsync("intake", "OutboxMessages", "\"SentAt\" IS NULL");
        await ArrivedAsync(tables, warmedUp + burst.Accepted);
        var endToEnd = watch.Elapsed;
        var cpuAfter = CpuTime.OfServices(processes);
        if (burst.Accepted < load.Units) Console.WriteLine($"  refused: {burst.Refused}");
        var figures = new Dictionary<string, double>
        {
            ["submissions"] = load.Units,
            ["accepted"] = burst.Accepted,
            ["accept rate"] = burst.AcceptRate,
            ["p50 ms"] = burst.Percentile(0.50),
            ["p99 ms"] = burst.Percentile(0.99),
            ["unpublished at last accept"] = unpublished,
            ["end-to-end s"] = endToEnd.TotalSeconds,
            [Result.Rate] = burst.Accepted / endToEnd.TotalSeconds,
        };
        foreach (var (name, seconds) in cpuAfter)
            figures[$"{name} cpu ms each"] = (seconds - cpuBefore[name]) * 1000 / Math.Max(1, burst.Accepted);
        return figures;
    }

    private static async Task ArrivedAsync(Tables tables, long expected)
    {
        if (!await tables.ReachAsync("appraisal", "SelfAssessments", expected, TimeSpan.FromMinutes(10)))
            throw new InvalidOperationException(
                $"appraisal has {await tables.CountAsync("appraisal", "SelfAssessments")} of {expected} accepted self-assessments after 10 minutes.");
    }
}
