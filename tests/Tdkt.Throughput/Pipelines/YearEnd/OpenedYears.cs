namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>The administrator imports the province's clusters with their years open; every service learns them from the registry.</summary>
public static class OpenedYears
{
    public static async Task RunAsync(YearEndRun run)
    {
        run.Services.Clock.MoveTo(run.Calendar.Opening);
        await run.Load.ImportAsync(run.Services["registry"]);
        foreach (var service in YearEndServices.Names.Where(s => s != "registry"))
            await run.ReachAsync(service, "ClusterYears", run.Load.Clusters);
    }
}
