using System.Collections.Concurrent;
using System.Net;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// After the objection window each head finalizes the scores; the units proposed for an award upload their achievement
/// reports, which the dossier carries; voting has every year's final scores when it ends.
/// </summary>
public static class Finalization
{
    public static async Task RunAsync(YearEndRun run)
    {
        run.Services.Clock.MoveTo(run.Calendar.Finalization);
        var proposed = new ConcurrentBag<(int Cluster, string Unit)>();
        await Province.ForEachAsync(run.Clusters, async c =>
        {
            var final = await run.Province.PostAsync(run.Services["appraisal"], $"/appraisal{run.YearPath(c)}/finalization", run.HeadToken(c));
            foreach (var award in final.GetProperty("awards").EnumerateArray())
                foreach (var unit in award.GetProperty("proposed").EnumerateArray()) proposed.Add((c, unit.GetString()!));
        });
        await Province.ForEachAsync(proposed, p => run.Province.SendAsync(HttpMethod.Post, run.Services["intake"],
            $"/intake{run.YearPath(p.Cluster)}/units/{p.Unit}/reports", run.UnitToken(p.Unit), AchievementReport(p.Unit, run.Load.Year), HttpStatusCode.Created));
        await run.ReachAsync("voting", "FinalScores", run.Load.Clusters);
        await run.ReachAsync("dossier", "AchievementReports", proposed.Count);
    }

    private static MultipartFormDataContent AchievementReport(string unit, int year)
    {
        var form = new MultipartFormDataContent { { new StringContent("achievement"), "kind" }, { new StringContent($"Báo cáo thành tích năm {year}"), "title" } };
        form.Add(new ByteArrayContent(SampleFiles.Pdf($"Báo cáo thành tích năm {year} của {unit}", padTo: 4096)), "files", "bao-cao-thanh-tich.pdf");
        return form;
    }
}
