using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines;

/// <summary>P6: the embedded host (`Tdkt.Host`: every service, SQLite files, the in-memory bus) as a user runs it, without the demo data.</summary>
public static class EmbeddedBurst
{
    public static async Task<Result> RunAsync(int submissions)
    {
        var directory = Directory.CreateTempSubdirectory("tdkt-throughput-").FullName;
        try
        {
            await using var host = await ServiceProcess.StartAsync("Tdkt.Host", "tdkt-platform/Tdkt.Host", postgres: "", new Dictionary<string, string>
            {
                [ConfigKeys.DatabaseProvider] = "sqlite",
                [ConfigKeys.DataDirectory] = directory,
                [ConfigKeys.RabbitMqConnection] = "",
                [ConfigKeys.SeedDemoData] = "false",
            });
            var figures = await SubmissionPipeline.MeasureAsync(host.Address, host.Address, new Tables.Sqlite(directory), submissions,
                new Dictionary<string, int> { ["host"] = host.ProcessId });
            figures["host peak MiB"] = PeakMemory.OfProcess(host.ProcessId);
            return new Result("P6", figures);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
