using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.WorkingDays;

namespace Tdkt.Workflows.Definitions;

public sealed record PreviewDefinitionInput(string? Yaml, string? ClusterId, int? Year);

/// <summary>
/// An administrator checks a definition text on a real cluster-year before saving it: its dates
/// (the head's conference...), the working-day calendar with the year's decisions. Nothing is stored.
/// </summary>
public static class DefinitionPreviewApi
{
    public static void MapDefinitionPreviewApi(this RouteGroupBuilder definitions) =>
        definitions.MapPost("/preview", async Task<Results<Ok<DefinitionPreview>, ValidationProblem, ProblemHttpResult>> (
            HttpRequest request, WorkflowsDb db, CalendarProvider calendar, TimeProvider time, CancellationToken ct) =>
        {
            var (input, problem) = await request.ReadJsonBodyAsync<PreviewDefinitionInput>(ct);
            if (problem is not null) return problem;
            var v = new Validation();
            WorkflowDefinition? definition = null;
            if (string.IsNullOrWhiteSpace(input!.Yaml)) v.Add("yaml", "Nội dung YAML của quy trình là bắt buộc.");
            else if (WorkflowDefinitionLoader.Load(input.Yaml) is { } loaded && (definition = loaded.Definition) is null) v.AddYaml(loaded.Errors);
            v.Require("clusterId", input.ClusterId, "Mã cụm/khối");
            if (input.Year is null) v.Add("year", "Năm thi đua là bắt buộc.");
            if (!v.IsValid) return v.ToProblem();
            var copy = await db.ReadYearAsync(input.ClusterId!, input.Year!.Value, ct);
            if (copy is null) return ClusterYearProblems.NotOpened(input.ClusterId!, input.Year.Value);
            var instance = await db.Instances.FindAsync([copy.ClusterId, copy.Year], ct);
            return TypedResults.Ok(Preview(definition!, copy, instance?.KnownDates ?? [], calendar, time.GetUtcNow()));
        }).Accepts<PreviewDefinitionInput>("application/json");

    private static DefinitionPreview Preview(WorkflowDefinition definition, ClusterYearCopy year,
        IReadOnlyDictionary<string, DateOnly> knownDates, CalendarProvider calendar, DateTimeOffset now)
    {
        var plan = WorkflowPlanner.Plan(definition, year.Year, knownDates, calendar.Current);
        var steps = plan.Steps.Select(p =>
        {
            var recipients = InstancePlanner.Owing(p.Step.Actor, year).Select(u => new PreviewRecipient(u, NoticeText.UnitName(year, u))).ToList();
            var anchor = p.Step.Due is RelativeRule r
                ? new PreviewAnchor(r.AnchorStep, r.Direction == Direction.Before ? "before" : "after", r.Amount, r.WorkingDays)
                : null;
            return new PreviewStep(p.Step.Id, p.Step.Title, p.Step.Actor.ToString(), p.Step.CompletedBy.Event, DueRuleText.Kind(p.Step.Due),
                p.Due.Due, p.Due.Due is { } d ? VietnameseText.Date(d) : null, p.Due.Opens, p.Due.Scheduled, p.Due.RuleDue,
                DueRuleText.Describe(definition, p.Due, p.Step.Due), p.Due.NotDatedReason, anchor,
                p.Reminders.Select(m => new PreviewReminder(m.Day, VietnameseText.Date(m.Day), m.At, m.WorkingDaysBefore, m.At <= now, recipients))
                    .ToList());
        }).ToList();
        return new DefinitionPreview(definition.Id, definition.Version, definition.Title, year.ClusterId, year.Year, knownDates, steps);
    }
}
