using System.Net.Http.Json;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// Each cluster's summary conference: the head schedules it and checks every member's delegate in, opens the
/// nomination by consensus once the final scores are there, every member agrees, the head announces the awards and
/// next year's head and deputy (by rotation) and records the conference as held; the dossier service drafts each dossier.
/// </summary>
public static class SummaryConference
{
    public static async Task RunAsync(YearEndRun run)
    {
        run.Services.Clock.MoveTo(run.Calendar.Conference);
        await Province.ForEachAsync(run.Clusters, async c =>
        {
            var conference = run.Conference(c);
            await conference.ScheduleSummaryAsync(run.Calendar.ConferenceDate, "Hội trường UBND tỉnh");
            await conference.CheckInAsync(run.Load.UnitIds(c));
            await conference.ElectionReadyAsync();
            using var head = conference.Head();
            await conference.OkAsync(head.PostAsJsonAsync($"{conference.Path}/election", new { method = "consensus" }));
        });
        await Province.ForEachAsync(run.Units, async u =>
        {
            var conference = run.Conference(u.Cluster);
            using var unit = conference.Unit(run.Load.UnitId(u.Cluster, u.Unit));
            await conference.OkAsync(unit.PostAsJsonAsync($"{conference.Path}/election/answers", new { agrees = true }));
        });
        await Province.ForEachAsync(run.Clusters, async c =>
        {
            var conference = run.Conference(c);
            using var head = conference.Head();
            await conference.OkAsync(head.PostAsync($"{conference.Path}/election/decide", null));
            await conference.OkAsync(head.PostAsync($"{conference.Path}/election/leadership", null));
            await conference.OkAsync(head.PostAsync($"{conference.Path}/conferences/summary/held", null));
        });
        await run.ReachAsync("dossier", "Versions", run.Load.Clusters);
    }
}
