namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>Every unit sends its self-assessment in mid-December, as P1's burst does; appraisal has them all when it ends.</summary>
public static class SelfAssessments
{
    public static async Task<Burst.Report> RunAsync(YearEndRun run)
    {
        run.Services.Clock.MoveTo(run.Calendar.SelfAssessments);
        var burst = await Burst.RunAsync(run.Services["intake"], run.Load.Submissions(), Province.Clients, LoadCluster.Body);
        if (burst.Accepted < run.Load.Units) throw new InvalidOperationException($"{burst.Accepted} of {run.Load.Units} self-assessments accepted: {burst.Refused}.");
        await run.ReachAsync("appraisal", "SelfAssessments", run.Load.Units);
        return burst;
    }
}
