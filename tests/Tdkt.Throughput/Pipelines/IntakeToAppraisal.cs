using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines;

/// <summary>P1: registry, intake and appraisal as three processes on the rig's PostgreSQL and RabbitMQ (a fresh virtual host).</summary>
public static class IntakeToAppraisal
{
    public static async Task<Result> RunAsync(int submissions)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var registry = await ServiceProcess.StartAsync("Tdkt.Registry.Host", "tdkt-platform/Tdkt.Registry.Host", database.ConnectionString);
        await using var intake = await ServiceProcess.StartAsync("Tdkt.Intake.Host", "services/intake/Tdkt.Intake.Host", database.ConnectionString);
        await using var appraisal = await ServiceProcess.StartAsync("Tdkt.Appraisal.Host", "services/appraisal/Tdkt.Appraisal.Host", database.ConnectionString);
        var figures = await SubmissionPipeline.MeasureAsync(registry.Address, intake.Address, new Tables.Postgres(database.ConnectionString), submissions,
            new Dictionary<string, int> { ["intake"] = intake.ProcessId, ["appraisal"] = appraisal.ProcessId });
        figures["intake peak MiB"] = PeakMemory.OfProcess(intake.ProcessId);
        figures["appraisal peak MiB"] = PeakMemory.OfProcess(appraisal.ProcessId);
        return new Result("P1", figures);
    }
}
