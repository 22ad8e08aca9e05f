namespace Tdkt.Throughput.Pipelines;

/// <summary>CPU time (user + system) as Linux counts it in /proc, in seconds: of one process, or of every process of a program.</summary>
public static class CpuTime
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on Linux

    public static double OfProcess(int processId) => Read($"/proc/{processId}/stat", children: false)?.Seconds ?? double.NaN;

    /// <summary>
    /// Every running process whose command is <paramref name="command"/> (e.g. postgres, beam.smp), together with the
    /// children they have reaped: a PostgreSQL backend that ends meanwhile moves its time to the server's count, not away.
    /// </summary>
    public static double OfCommand(string command) => Directory.EnumerateDirectories("/proc")
        .Where(d => int.TryParse(Path.GetFileName(d), out _))
        .Select(d => Read(Path.Combine(d, "stat"), children: true))
        .Where(s => s?.Command == command).Sum(s => s!.Value.Seconds);

    /// <summary>The CPU each named process, the database server and the broker have used so far, in seconds.</summary>
    public static Dictionary<string, double> OfServices(IReadOnlyDictionary<string, int> processes)
    {
        var cpu = processes.ToDictionary(p => p.Key, p => OfProcess(p.Value));
        cpu["postgres"] = OfCommand("postgres");
        cpu["rabbitmq"] = OfCommand("beam.smp");
        return cpu;
    }

    private static (string Command, double Seconds)? Read(string path, bool children)
    {
        string stat;
        try { stat = File.ReadAllText(path); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        // "pid (command) state ppid …": the command may hold spaces, so fields are counted after its closing parenthesis.
        var open = stat.IndexOf('(');
        var close = stat.LastIndexOf(')');
        var fields = stat[(close + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]) + (children ? long.Parse(fields[13]) + long.Parse(fields[14]) : 0);
        return (stat[(open + 1)..close], ticks / TicksPerSecond);
    }
}
