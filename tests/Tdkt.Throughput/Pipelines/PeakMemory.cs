namespace Tdkt.Throughput.Pipelines;

/// <summary>A process's peak resident memory as Linux counts it (VmHWM), in MiB.</summary>
public static class PeakMemory
{
    public static double OfProcess(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public static double OfThisProcess() => OfProcess(Environment.ProcessId);
}
