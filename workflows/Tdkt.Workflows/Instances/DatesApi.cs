using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.Problems;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Progress;

namespace Tdkt.Workflows.Instances;

/// <param name="Date">dd/MM/yyyy (or yyyy-MM-dd).</param>
public sealed record DateInput(string? Date);

/// <summary>
/// The head sets or moves a step's date (the summary conference above all): deadlines counted from
/// it and their reminders move with it, and StepDateScheduled tells the other services.
/// </summary>
public static class DatesApi
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static void MapDatesApi(this RouteGroupBuilder workflows) =>
        workflows.MapPut("/clusters/{clusterId}/years/{year:int}/dates/{stepId}", async Task<Results<Ok<ProgressReport>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, string stepId, HttpRequest request, WorkflowsDb db, DefinitionCatalog catalog,
            InstancePlanner planner, ProgressQuery progress, TimeProvider time, CancellationToken ct) =>
        {
            var copy = await db.ClusterYears.FindAsync([clusterId, year], ct);
            var instance = await db.Instances.FindAsync([clusterId, year], ct);
            if (copy is null || instance is null) return Problems.NotFound($"Năm thi đua {year} của cụm/khối '{clusterId}' chưa có quy trình.");
            if (!request.HttpContext.User.Leads(copy)) return Problems.Forbidden("Chỉ Trưởng cụm (hoặc Phó cụm) của năm thi đua này được đặt ngày.");
            var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
            if (definition?.Step(stepId) is null) return Problems.NotFound($"Quy trình '{instance.DefinitionId}' không có bước '{stepId}'.");
            var (input, problem) = await request.ReadJsonBodyAsync<DateInput>(ct);
            if (problem is not null) return problem;
            if (!DateOnly.TryParseExact(input!.Date?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Validation.Problem("date", "Ngày phải có dạng dd/MM/yyyy, ví dụ 13/01/2023.");
            if (date.Year < year || date.Year > year + 1)
                return Validation.Problem("date", $"Ngày phải thuộc năm {year} hoặc năm {year + 1}.");
            await StepDates.SetAsync(db, planner, instance, copy, stepId, date, request.HttpContext.User.Identity?.Name ?? "?", time, ct);
            return TypedResults.Ok((await progress.GetAsync(db, clusterId, year, ct))!);
        }).Accepts<DateInput>("application/json");
}
