using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Audit;
using Tdkt.Appraisal.Statuses;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Appraisal.Deductions;

/// <summary>
/// A missed step's consequences from the workflow definition: "deduct: N" becomes an automatic deduction and
/// "exclude: true" an exclusion, each recorded once per step and unit (the source key is unique), with the step as the rule.
/// </summary>
public sealed class DeadlineMissedConsumer(AppraisalDb db, TimeProvider time) : IConsumer<DeadlineMissed>
{
    public Task Consume(ConsumeContext<DeadlineMissed> context) =>
        db.ConsumeOnceAsync(context, "appraisal.deadline-missed", time, async ct =>
        {
            var m = context.Message;
            var key = $"deadline:{m.StepId}:{m.UnitId}";
            var reason = $"Không hoàn thành «{m.StepTitle}» đúng hạn ({m.DueDate:dd/MM/yyyy}) – quy định của quy trình";
            var now = time.GetUtcNow();
            if (m.Deduct > 0 && !await db.Deductions.AnyAsync(d => d.ClusterId == m.ClusterId && d.Year == m.Year && d.SourceKey == key, ct))
            {
                db.Deductions.Add(new RecordedDeduction
                {
                    Id = Guid.NewGuid(), ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, Type = $"deadline:{m.StepId}", Count = 1,
                    PointsEach = m.Deduct, Reason = reason, Source = "deadline", SourceKey = key, By = "quy-trinh", At = now,
                });
                db.Audit.Add(Entry(m, "deduction", $"−{m.Deduct} điểm", reason, now));
            }
            if (m.Exclude && !await db.StatusFacts.AnyAsync(f => f.ClusterId == m.ClusterId && f.Year == m.Year && f.SourceKey == key, ct))
            {
                db.StatusFacts.Add(new UnitStatusFact
                {
                    Id = Guid.NewGuid(), ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, Exclude = true, Reason = reason,
                    Source = "deadline", SourceKey = key, By = "quy-trinh", At = now,
                });
                db.Audit.Add(Entry(m, "status", "Không xét thi đua", reason, now));
            }
        });

    private static AuditEntry Entry(DeadlineMissed m, string what, string @new, string why, DateTimeOffset at) => new()
    {
        ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, What = what, New = @new, Why = why, By = "quy-trinh", At = at,
    };
}
