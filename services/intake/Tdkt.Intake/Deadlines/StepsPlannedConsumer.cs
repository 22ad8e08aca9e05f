using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Intake.Deadlines;

/// <summary>Replaces intake's deadlines of a cluster-year with the runtime's newer plan; an older or repeated plan changes nothing.</summary>
public sealed class StepsPlannedConsumer(IntakeDb db, TimeProvider time) : IConsumer<StepsPlanned>
{
    public Task Consume(ConsumeContext<StepsPlanned> context) =>
        db.ConsumeOnceAsync(context, "intake.steps-planned", time, async ct =>
        {
            var m = context.Message;
            var plan = await db.DeadlinePlans.FindAsync([m.ClusterId, m.Year], ct);
            if (plan is not null && plan.Revision >= m.Revision) return;
            if (plan is null) db.DeadlinePlans.Add(plan = new DeadlinePlan { ClusterId = m.ClusterId, Year = m.Year, DefinitionId = "" });
            (plan.Revision, plan.PlannedAt) = (m.Revision, m.PlannedAt.ToUniversalTime());
            (plan.DefinitionId, plan.DefinitionVersion) = (m.DefinitionId, m.DefinitionVersion);
            db.StepDeadlines.RemoveRange(await db.StepDeadlines.Where(d => d.ClusterId == m.ClusterId && d.Year == m.Year).ToListAsync(ct));
            db.StepDeadlines.AddRange(m.Steps.Select(s => new StepDeadline
            {
                ClusterId = m.ClusterId, Year = m.Year, StepId = s.StepId, Title = s.Title, Event = s.Event,
                Filter = StepFilter.Of(s.Filter), DueDate = s.DueDate, DueAt = s.DueAt?.ToUniversalTime(),
            }));
        });
}
