namespace Tdkt.Throughput;

/// <summary>Every figure and every ratio to its anchor as min / median / max over the runs; a ratio uses the same run's anchor.</summary>
public static class Report
{
    private static readonly (string Name, string Pipeline, string Figure, string Anchor)[] Ratios =
    [
        ("P1 end-to-end / (b)", "P1", Result.Rate, "b"),
        ("P2 delivered / (a)", "P2", Result.Rate, "a"),
        ("P2 delivered / (b)", "P2", Result.Rate, "b"),
        ("P6 accept rate / (c)", "P6", "accept rate", "c"),
        ("P6 end-to-end / (c)", "P6", Result.Rate, "c"),
    ];

    public static void Print(List<(int Run, Result Result)> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"scenario",-8} {"figure",-28} {"min",12} {"median",12} {"max",12}");
        foreach (var scenario in results.Select(r => r.Result.Scenario).Distinct())
        {
            var runs = results.Where(r => r.Result.Scenario == scenario).Select(r => r.Result).ToList();
            foreach (var figure in runs[0].Figures.Keys)
                output.WriteLine($"{scenario,-8} {figure,-28} {Spread(runs.Select(r => r[figure]))}");
        }
        output.WriteLine();
        foreach (var (name, pipeline, figure, anchor) in Ratios)
        {
            var ratios = (from p in results where p.Result.Scenario == pipeline
                          join a in results on p.Run equals a.Run
                          where a.Result.Scenario == anchor
                          select p.Result[figure] / a.Result[Result.Rate]).ToList();
            if (ratios.Count > 0) output.WriteLine($"{"ratio",-8} {name,-28} {Spread(ratios)}");
        }
    }

    private static string Spread(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return $"{sorted[0],12:0.###} {sorted[sorted.Length / 2],12:0.###} {sorted[^1],12:0.###}";
    }
}
