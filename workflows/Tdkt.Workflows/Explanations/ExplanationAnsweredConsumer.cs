using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Workflows.Explanations;

/// <summary>
/// The unit answered: its obligation is done (late if after the due date) and its pending timers go, so no
/// later reminder or miss fires. An answer before its request is kept for the request to find.
/// </summary>
public sealed class ExplanationAnsweredConsumer(WorkflowsDb db, TimeProvider time) : IConsumer<ExplanationAnswered>
{
    public Task Consume(ConsumeContext<ExplanationAnswered> context) =>
        db.ConsumeOnceAsync(context, "workflows.explanation-answered", time, async ct =>
        {
            var m = context.Message;
            var explanation = await db.Explanations.FindAsync([m.RequestId], ct);
            if (explanation is null)
            {
                // A concurrent request inserting the same key makes this fail and be retried, then find the request.
                db.Explanations.Add(new Explanation
                {
                    RequestId = m.RequestId, ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, AnsweredAt = m.AnsweredAt,
                });
                return;
            }
            if (explanation.AnsweredAt is null || m.AnsweredAt < explanation.AnsweredAt) explanation.AnsweredAt = m.AnsweredAt;
            var stepId = explanation.StepId;
            var obligation = await db.Obligations.FirstOrDefaultAsync(o =>
                o.ClusterId == explanation.ClusterId && o.Year == explanation.Year && o.StepId == stepId && o.UnitId == explanation.UnitId, ct);
            if (obligation is null || obligation.CompletedAt <= explanation.AnsweredAt) return;
            obligation.CompletedAt = explanation.AnsweredAt;
            db.Timers.RemoveRange(await db.Timers.Where(t => t.ObligationId == obligation.Id && t.FiredAt == null).ToListAsync(ct));
        });
}
