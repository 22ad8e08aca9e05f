namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>Each head approves the drafted dossier, which reaches the Ban TĐKT inbox; the board acknowledges every one.</summary>
public static class DossierToBoard
{
    public static async Task RunAsync(YearEndRun run)
    {
        run.Services.Clock.MoveTo(run.Calendar.Dossier);
        var dossier = run.Services["dossier"];
        await Province.ForEachAsync(run.Clusters, c => run.Province.PostAsync(dossier, $"/dossier{run.YearPath(c)}/approval", run.HeadToken(c)));
        await Province.ForEachAsync(run.Clusters, c =>
            run.Province.PostAsync(dossier, $"/dossier{run.YearPath(c)}/versions/1/acknowledgement", YearEndRun.BoardToken));
    }
}
