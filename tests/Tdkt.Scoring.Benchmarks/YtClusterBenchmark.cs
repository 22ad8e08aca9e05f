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
        SetupFloor();
    }

    /// <summary>Mean time is per unit (one invocation scores all 30), so units/s = 1 s ÷ mean.</summary>
    [Benchmark(OperationsPerInvoke = Units)]
    public ClusterResult ScoreCluster() => ClusterScorer.Score(_framework, _sheets).GetValueOrThrow();

    /// <summary>
    /// The floor the scorer is compared with (its Ratio): the same units' leaf points, already worked out, clamped
    /// to each criterion's maximum, rounded, summed per group and capped, totalled, and ranked. No kinds, no
    /// inputs, no results to keep: what any scorer has to do at least.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Units)]
    public int[] ClampRoundSumRank()
    {
        var totals = new decimal[_raw.Length];
        var groups = new decimal[_groupMax.Length];
        for (var u = 0; u < _raw.Length; u++)
        {
            Array.Clear(groups);
            for (var c = 0; c < _leafMax.Length; c++)
                groups[_leafGroup[c]] += Math.Round(Math.Clamp(_raw[u][c], 0, _leafMax[c]), 2);
            for (var g = 0; g < groups.Length; g++) totals[u] += Math.Min(groups[g], _groupMax[g]);
        }
        var order = Enumerable.Range(0, totals.Length).ToArray();
        Array.Sort(order, (a, b) => totals[b].CompareTo(totals[a]));
        return order;
    }

    private decimal[][] _raw = null!;
    private decimal[] _leafMax = null!, _groupMax = null!;
    private int[] _leafGroup = null!;

    private void SetupFloor()
    {
        var leaves = _framework.Groups.SelectMany((g, i) => Leaves(g.Criteria).Select(c => (Criterion: c, Group: i))).ToList();
        _leafMax = leaves.Select(l => l.Criterion.Max).ToArray();
        _leafGroup = leaves.Select(l => l.Group).ToArray();
        _groupMax = _framework.Groups.Select(g => g.Max).ToArray();
        var scored = ClusterScorer.Score(_framework, _sheets).GetValueOrThrow();
        _raw = _sheets.Units.Select(s => scored.Units.Single(u => u.UnitId == s.UnitId)).Select(u =>
        {
            var points = u.Groups.SelectMany(g => LeafResults(g.Criteria)).ToDictionary(r => r.Id, r => r.Points);
            return leaves.Select(l => points[l.Criterion.Id]).ToArray();
        }).ToArray();
    }

    private static IEnumerable<Criterion> Leaves(IEnumerable<Criterion> list) => list.SelectMany(c => c.HasChildren ? Leaves(c.Children) : [c]);

    private static IEnumerable<CriterionResult> LeafResults(IEnumerable<CriterionResult> list) =>
        list.SelectMany(r => r.Children.Count > 0 ? LeafResults(r.Children) : [r]);

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
