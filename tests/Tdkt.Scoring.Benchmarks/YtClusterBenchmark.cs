using BenchmarkDotNet.Attributes;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Scoring.Benchmarks;

/// <summary>Scores a 30-unit cluster on the YT framework (1,000 points, 60 leaf criteria of six kinds).</summary>
[MemoryDiagnoser]
public class YtClusterBenchmark
{
    public const int Units = 30;

    private Framework _framework = null!;
    private ClusterSheets _sheets = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", "yt-y-te.yaml"));
        _framework = FrameworkLoader.Load(text).GetValueOrThrow();
        var random = new Random(2024);
        var units = Enumerable.Range(1, Units).Select(i => Sheet(i, random)).ToList();
        _sheets = new ClusterSheets("Cụm Y tế", 2024, true, units);
    }

    /// <summary>Mean time is per unit (one invocation scores all 30), so units/s = 1 s ÷ mean.</summary>
    [Benchmark(OperationsPerInvoke = Units)]
    public ClusterResult ScoreCluster() => ClusterScorer.Score(_framework, _sheets).GetValueOrThrow();

    [Benchmark]
    public Framework LoadFramework() => FrameworkLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", "yt-y-te.yaml"))).GetValueOrThrow();

    private UnitSheet Sheet(int i, Random random)
    {
        var inputs = _framework.AllCriteria.Where(c => !c.HasChildren).ToDictionary(c => c.Id, c => Input(c, random));
        return new UnitSheet($"u{i:00}", $"Đơn vị {i}", i == 1, inputs, new Dictionary<string, CriterionInput>(),
            [], i % 10 == 0 ? ["under_investigation"] : [], null);
    }

    private static CriterionInput Input(Criterion c, Random random) => c.Kind switch
    {
        ManualKind => new() { Score = Math.Round((decimal)random.NextDouble() * c.Max * 4) / 4, Evidence = ["BC-01"] },
        TieredKind t => new() { Tier = t.Tiers[random.Next(t.Tiers.Count)].Id },
        DeductionKind => new() { Count = random.Next(0, 8) },
        PerItemKind p => new() { Counts = p.Items.ToDictionary(x => x.Id, _ => random.Next(0, 20)) },
        BandsKind => new() { Value = random.Next(30, 100) },
        DoneKind => new() { Done = random.Next(4) > 0 },
        _ => new(),
    };
}
