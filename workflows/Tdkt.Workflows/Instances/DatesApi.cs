using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.Problems;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.WorkingDays;

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
            CalendarProvider calendar, InstancePlanner planner, ProgressQuery progress, TimeProvider time, CancellationToken ct) =>
        {
            var copy = await db.ClusterYears.FindAsync([clusterId, year], ct);
            var instance = await db.Instances.FindAsync([clusterId, year], ct);
            if (copy is null || instance is null) return Problems.NotFound($"Năm thi đua {year} của cụm/khối '{clusterId}' chưa có quy trình.");
            if (!request.HttpContext.User.Leads(copy)) return Problems.Forbidden("Chỉ Trưởng cụm (hoặc Phó cụm) của năm thi đua này được đặt ngày.");
            var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
            if (definition?.Step(stepId) is not { } step) return Problems.NotFound($"Quy trình '{instance.DefinitionId}' không có bước '{stepId}'.");
            if (!definition.Steps.Any(s => s.Due is RelativeRule r && r.AnchorStep == stepId))
                return Problems.Conflict($"Ngày của bước «{step.Title}» do quy trình tính, không do Trưởng cụm ấn định.");
            var (input, problem) = await request.ReadJsonBodyAsync<DateInput>(ct);
            if (problem is not null) return problem;
            if (input!.Date is not { Length: <= 20 } text
                || !DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Validation.Problem("date", "Ngày phải có dạng dd/MM/yyyy, ví dụ 13/01/2023.");
            var (first, last) = Window(definition, step, year, instance, calendar);
            if (date < first || date > last)
                return Validation.Problem("date",
                    $"Ngày của bước «{step.Title}» phải từ {VietnameseText.Date(first)} đến {VietnameseText.Date(last)}.");
            await StepDates.SetAsync(db, planner, instance, copy, stepId, date, request.HttpContext.User.Identity?.Name ?? "?", time, ct);
            return TypedResults.Ok((await progress.GetAsync(db, clusterId, year, ct))!);
        }).Accepts<DateInput>("application/json");

    /// <summary>
    /// From the first day of the emulation year to the step's own deadline (a conference in the first
    /// quarter of the next year, say); a step without one may be set until the end of the next year.
    /// </summary>
    private static (DateOnly First, DateOnly Last) Window(WorkflowDefinition definition, StepDefinition step, int year,
        WorkflowInstance instance, CalendarProvider calendar)
    {
        // The rule's deadline, not a date set before: a conference set for 10/01 may still be moved to 20/03.
        var due = WorkflowPlanner.Plan(definition, year, instance.KnownDates, calendar.Current)
            .Steps.First(p => p.Step.Id == step.Id).Due;
        return (new DateOnly(year, 1, 1), due.RuleDue ?? due.Due ?? new DateOnly(year + 1, 12, 31));
    }
}
