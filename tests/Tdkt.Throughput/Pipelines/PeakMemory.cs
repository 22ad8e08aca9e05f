namespace Tdkt.Throughput.Pipelines;

/// <summary>A process's resident memory as Linux counts it, in MiB: its peak (VmHWM) or now (VmRSS).</summary>
public static class PeakMemory
{
    public static double OfProcess(int processId) => Field(processId, "VmHWM:");

    public static double NowOfProcess(int processId) => Field(processId, "VmRSS:");

    private static double Field(int processId, string name)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}
