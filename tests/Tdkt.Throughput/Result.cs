using System.Text.Json;

namespace Tdkt.Throughput;

/// <summary>What one scenario measured in one run, by name (rates per second, latencies in milliseconds, memory in MiB).</summary>
public sealed record Result(string Scenario, Dictionary<string, double> Figures)
{
    public const string Rate = "rate";
    private const string Marker = "RESULT ";

    public double this[string figure] => Figures.TryGetValue(figure, out var value) ? value : double.NaN;

    /// <summary>The child process's last word to the driver, on its own line of standard output.</summary>
    public string ToLine() => Marker + JsonSerializer.Serialize(this);

    public static Result? FromLine(string line) => line.StartsWith(Marker, StringComparison.Ordinal)
        ? JsonSerializer.Deserialize<Result>(line[Marker.Length..])
        : null;
}
