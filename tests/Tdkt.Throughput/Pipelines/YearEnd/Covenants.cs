using System.Net;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>Each head confirms the covenant; then every unit registers its goals and signs; appraisal learns who committed.</summary>
public static class Covenants
{
    public static async Task RunAsync(YearEndRun run)
    {
        run.Services.Clock.MoveTo(run.Calendar.Covenant);
        await Province.ForEachAsync(run.Clusters, c => YearEndRun.ExpectAsync(
            run.Covenant(c).ConfirmAsync($"Các đơn vị thi đua hoàn thành xuất sắc nhiệm vụ năm {run.Load.Year}.", run.Calendar.CovenantDate), HttpStatusCode.OK));
        await Province.ForEachAsync(run.Units, async u =>
        {
            var covenant = run.Covenant(u.Cluster);
            var unit = run.Load.UnitId(u.Cluster, u.Unit);
            await YearEndRun.ExpectAsync(covenant.RegisterAsync(unit, CovenantClient.Goals(("T1", 100m))), HttpStatusCode.Created);
            await YearEndRun.ExpectAsync(covenant.SignAsync(unit), HttpStatusCode.Created);
        });
        await run.ReachAsync("appraisal", "Commitments", run.Load.Units, "\"RegisteredAt\" IS NOT NULL AND \"SignedAt\" IS NOT NULL");
    }
}
