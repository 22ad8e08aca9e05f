using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.WorkingDays;

namespace Tdkt.Workflows.Instances;

/// <param name="Date">dd/MM/yyyy (or yyyy-MM-dd).</param>
public sealed record DateInput(string? Date);

/// <summary>
/// The preview of moving a step's date (the summary conference above all): the year as the move would leave it,
/// saving and announcing nothing. The date itself is set by scheduling the conference in the voting service
/// (ConferenceScheduled), the one way a conference date is set.
/// </summary>
public static class DatesApi
{
    /// <summary>The outcome of the checks: what was accepted, or exactly one refusal.</summary>
    private sealed record Check(ClusterYearCopy? Copy = null, WorkflowInstance? Instance = null, DateOnly Date = default,
        ValidationProblem? Invalid = null, ProblemHttpResult? Refused = null);

    public static void MapDatesApi(this RouteGroupBuilder workflows)
    {
        const string route = "/clusters/{clusterId}/years/{year:int}/dates/{stepId}";

        workflows.MapPost(route + "/preview", async Task<Results<Ok<ProgressReport>, ValidationProblem, ProblemHttpResult>> (
            string clusterId, int year, string stepId, HttpRequest request, WorkflowsDb db, DefinitionCatalog catalog,
            CalendarProvider calendar, ProgressQuery progress, CancellationToken ct) =>
        {
            var check = await CheckAsync(clusterId, year, stepId, request, db, catalog, calendar, ct);
            if (check.Invalid is { } invalid) return invalid;
            if (check.Refused is { } refused) return refused;
            var dates = new Dictionary<string, DateOnly>(check.Instance!.KnownDates) { [stepId] = check.Date };
            return TypedResults.Ok((await progress.GetAsync(db, clusterId, year, ct, withDates: dates))!);
        }).Accepts<DateInput>("application/json");
    }

    /// <summary>Who may preview the date, whether the step takes one, and whether the date is in its window.</summary>
    private static async Task<Check> CheckAsync(string clusterId, int year, string stepId,
        HttpRequest request, WorkflowsDb db, DefinitionCatalog catalog, CalendarProvider calendar, CancellationToken ct)
    {
        var copy = await db.ReadYearAsync(clusterId, year, ct);
        var instance = await db.Instances.FindAsync([clusterId, year], ct);
        if (copy is null || instance is null)
            return new Check(Refused: Problems.NotFound($"Năm thi đua {year} của cụm/khối '{clusterId}' chưa có quy trình."));
        if (!request.HttpContext.User.Leads(copy))
            return new Check(Refused: Problems.Forbidden("Chỉ Trưởng cụm (hoặc Phó cụm) của năm thi đua này được đặt ngày."));
        var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
        if (definition?.Step(stepId) is not { } step)
            return new Check(Refused: Problems.NotFound($"Quy trình '{instance.DefinitionId}' không có bước '{stepId}'."));
        if (!definition.Steps.Any(s => s.Due is RelativeRule r && r.AnchorStep == stepId))
            return new Check(Refused: Problems.Conflict($"Ngày của bước «{step.Title}» do quy trình tính, không do Trưởng cụm ấn định."));
        var (input, problem) = await request.ReadJsonBodyAsync<DateInput>(ct);
        if (problem is not null) return new Check(Invalid: problem);
        if (!InputRules.TryDate(input!.Date, out var date))
            return new Check(Invalid: Validation.Problem("date", "Ngày phải có dạng dd/MM/yyyy, ví dụ 13/01/2023."));
        var (first, last) = Window(definition, step, year, instance, calendar);
        if (date < first || date > last)
            return new Check(Invalid: Validation.Problem("date",
                $"Ngày của bước «{step.Title}» phải từ {VietnameseText.Date(first)} đến {VietnameseText.Date(last)}."));
        return new Check(copy, instance, date);
    }

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
