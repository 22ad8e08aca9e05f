using System.Diagnostics;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>The wall time of each step of the year, and of the whole: from the first step's start to the last one's end.</summary>
public sealed class Phases
{
    private readonly Stopwatch _whole = new();

    public Dictionary<string, double> Seconds { get; } = [];
    public TimeSpan Whole { get; private set; }

    public async Task RunAsync(string name, Func<Task> phase)
    {
        _whole.Start();
        var watch = Stopwatch.StartNew();
        await phase();
        Seconds[$"{name} s"] = watch.Elapsed.TotalSeconds;
        Whole = _whole.Elapsed;
        Console.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
