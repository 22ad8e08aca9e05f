using MassTransit;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.WorkingDays;

namespace Tdkt.Workflows.Explanations;

/// <summary>
/// Makes the unit's obligation to answer by the due date the appraisal computed, with its reminders and
/// miss timer. Once per request: a request announced again (by id) changes nothing, and a request whose
/// answer came first is done at the answer's time.
/// </summary>
public sealed class ExplanationRequestedConsumer(WorkflowsDb db, CalendarProvider calendar, TimeProvider time) : IConsumer<ExplanationRequested>
{
    public async Task Consume(ConsumeContext<ExplanationRequested> context)
    {
        await using var tx = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await db.ConsumeOnceAsync(context, "workflows.explanation-requested", time, async ct =>
        {
            var m = context.Message;
            var explanation = await db.Explanations.FindAsync([m.RequestId], ct);
            if (explanation?.RequestedAt is not null) return;
            if (explanation is null)
                db.Explanations.Add(explanation = new Explanation { RequestId = m.RequestId, ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId });
            explanation.CriterionId = m.CriterionId;
            explanation.Question = m.Question;
            explanation.DueDate = m.DueDate;
            explanation.RequestedBy = m.RequestedBy;
            explanation.RequestedAt = m.RequestedAt;
            var obligation = new Obligation
            {
                ClusterId = m.ClusterId, Year = m.Year, StepId = explanation.StepId, UnitId = m.UnitId,
                DueDate = m.DueDate, DueAt = VietnamTime.EndOf(m.DueDate), CompletedAt = explanation.AnsweredAt,
            };
            db.Obligations.Add(obligation);
            await db.SaveChangesAsync(ct);
            db.Timers.AddRange(ExplanationDeadline.Timers(obligation, calendar.Current, time.GetUtcNow()));
        });
        await tx.CommitAsync(context.CancellationToken);
    }
}
