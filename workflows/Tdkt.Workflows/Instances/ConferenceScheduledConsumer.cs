using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Workflows.Instances;

/// <summary>
/// The voting service scheduled (or moved) a conference: the step that conference completes gets that date and the
/// year is re-planned (deadlines counted from it and their reminders move,
/// StepDateScheduled is published). The voting service has checked the date; the head's decision is taken as sent.
/// A conference no step is counted from (a pre-meeting where the definition has none) changes nothing.
/// </summary>
public sealed class ConferenceScheduledConsumer(WorkflowsDb db, DefinitionCatalog catalog, InstancePlanner planner, TimeProvider time,
    ILogger<ConferenceScheduledConsumer> log) : IConsumer<ConferenceScheduled>
{
    public async Task Consume(ConsumeContext<ConferenceScheduled> context)
    {
        var m = context.Message;
        if (!await db.Instances.AnyAsync(i => i.ClusterId == m.ClusterId && i.Year == m.Year, context.CancellationToken))
        {
            log.LogInformation("Conference {Kind} of {ClusterId}/{Year} scheduled for {Date}: the year has no workflow, nothing to re-plan",
                m.Kind, m.ClusterId, m.Year, m.Date);
            return;
        }
        // The inbox is checked on the locked instance, so a duplicate delivered at the same moment waits and then finds it.
        await StepDates.ReplanOnceAsync(db, m.ClusterId, m.Year, context.CancellationToken, (instance, year) =>
            db.ConsumeOnceAsync(context, "workflows.conference-scheduled", time, async ct =>
            {
                var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
                if (definition is null || AnchorStep(definition, m.Kind) is not { } stepId)
                {
                    log.LogInformation("Conference {Kind} of {ClusterId}/{Year} scheduled for {Date}: no step of {DefinitionId} v{Version} is counted from it",
                        m.Kind, m.ClusterId, m.Year, m.Date, instance.DefinitionId, instance.DefinitionVersion);
                    return;
                }
                await StepDates.SetLockedAsync(db, planner, instance, year, stepId, m.Date, m.ScheduledBy, time, ct);
            }));
    }

    /// <summary>The step this kind of conference completes, when some step's deadline is counted from it.</summary>
    private static string? AnchorStep(WorkflowDefinition definition, string kind) =>
        definition.Steps
            .Where(s => s.CompletedBy.Event == nameof(ConferenceHeld)
                && s.CompletedBy.Where.TryGetValue("kind", out var k) && k == kind)
            .Select(s => s.Id)
            .FirstOrDefault(id => definition.Steps.Any(s => s.Due is RelativeRule r && r.AnchorStep == id));
}
