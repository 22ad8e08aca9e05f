namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// Each head appraises criterion 1.1 of every member (a different score each, so the ranking has no tie and the
/// conference decides by consensus), then publishes the table to the members for two working days of objections.
/// </summary>
public static class HeadAppraisal
{
    public static async Task RunAsync(YearEndRun run)
    {
        run.Services.Clock.MoveTo(run.Calendar.Appraisal);
        var appraisal = run.Services["appraisal"];
        await Province.ForEachAsync(run.Units, u => run.Province.PutAsync(appraisal,
            $"/appraisal{run.YearPath(u.Cluster)}/units/{run.Load.UnitId(u.Cluster, u.Unit)}/values/criteria/1.1", run.HeadToken(u.Cluster),
            new { score = 900m - 10 * u.Unit, comment = "Đã đối chiếu với minh chứng của đơn vị.", revision = 0 }));
        await Province.ForEachAsync(run.Clusters, c => run.Province.PostAsync(appraisal, $"/appraisal{run.YearPath(c)}/publication", run.HeadToken(c),
            new { objectionWorkingDays = YearEndCalendar.ObjectionWorkingDays }));
    }
}
