namespace Tdkt.Throughput;

public sealed record Options(int Runs, IReadOnlyList<string> Only, double Scale, string? Scenario)
{
    public static Options Parse(string[] args)
    {
        var options = new Options(3, Scenarios.All, 1.0, null);
        for (var i = 0; i + 1 < args.Length; i += 2)
            options = args[i] switch
            {
                "--runs" => options with { Runs = int.Parse(args[i + 1]) },
                "--only" => options with { Only = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--scale" => options with { Scale = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--scenario" => options with { Scenario = args[i + 1] },
                _ => throw new ArgumentException($"Unknown option {args[i]}: --runs N, --only a,b,c,P1,P2,P5,P6, --scale F."),
            };
        return options;
    }

    public IEnumerable<string> ChildArguments(string scenario) =>
        ["--scenario", scenario, "--scale", Scale.ToString(System.Globalization.CultureInfo.InvariantCulture)];
}
