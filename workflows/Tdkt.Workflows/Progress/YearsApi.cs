using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Tdkt.Workflows.Progress;

public static class YearsApi
{
    /// <summary>
    /// Every cluster-year the runtime knows, for the board and administrators; a head or a unit gets the
    /// years it follows (Caller.Follows), so one page serves everyone.
    /// </summary>
    public static void MapYearsApi(this RouteGroupBuilder workflows) =>
        workflows.MapGet("/years", async (HttpRequest request, WorkflowsDb db, ProgressQuery progress, TimeProvider time, CancellationToken ct) =>
        {
            var user = request.HttpContext.User;
            var years = (await db.ClusterYears.AsNoTracking().ToListAsync(ct))
                .Where(y => user.Follows(y))
                .OrderBy(y => y.ClusterId, StringComparer.Ordinal).ThenBy(y => y.Year).ToList();
            var names = await db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.ClusterId, c => c.Name, ct);
            var open = (await (from e in db.Escalations
                               join o in db.Obligations on e.ObligationId equals o.Id
                               where o.CompletedAt == null
                               select new { e.ClusterId, e.Year }).ToListAsync(ct))
                .CountBy(e => (e.ClusterId, e.Year)).ToDictionary();
            var now = time.GetUtcNow();
            var summaries = new List<YearSummary>();
            foreach (var year in years)
            {
                var name = year.ClusterName is { Length: > 0 } n ? n : names.GetValueOrDefault(year.ClusterId);
                var report = await progress.GetAsync(db, year.ClusterId, year.Year, ct);
                summaries.Add(report is null
                    ? new YearSummary(year.ClusterId, name, year.Year, null, null, 0, 0, 0, null)
                    : Summarise(report, name, open.GetValueOrDefault((year.ClusterId, year.Year)), now));
            }
            return TypedResults.Ok(summaries);
        });

    private static YearSummary Summarise(ProgressReport report, string? name, int openEscalations, DateTimeOffset now)
    {
        var late = report.Steps.Count(s => s.Units.Any(u => u.Status == "missed"));
        var next = report.Steps
            .Where(s => s.Due is not null && s.DueAt >= now && s.Units.Any(u => u.Status == "pending"))
            .OrderBy(s => s.DueAt).FirstOrDefault();
        return new YearSummary(report.ClusterId, name, report.Year, report.DefinitionId, report.DefinitionVersion, report.Steps.Count,
            late, openEscalations, next is null ? null : new NextDueStep(next.StepId, next.Title, next.Due!.Value, next.DueText!));
    }
}
