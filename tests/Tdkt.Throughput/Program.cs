using Tdkt.Throughput;

// Without arguments: every scenario, three runs, then the ratios (README "Throughput").
// --runs N, --only a,b,P1, --scale 0.1 (smaller loads, to try the driver); --scenario X runs one, as a child.
var options = Options.Parse(args);
if (options.Scenario is { } scenario)
{
    var result = await Scenarios.RunAsync(scenario, options.Scale);
    Console.WriteLine(result.ToLine());
    return 0;
}
var results = await Orchestrator.RunAsync(options);
Report.Print(results, Console.Out);
return 0;
