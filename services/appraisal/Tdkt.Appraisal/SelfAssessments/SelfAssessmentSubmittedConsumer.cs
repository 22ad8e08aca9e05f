using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Appraisal.SelfAssessments;

public sealed class SelfAssessmentSubmittedConsumer(AppraisalDb db, TimeProvider time) : IConsumer<SelfAssessmentSubmitted>
{
    public Task Consume(ConsumeContext<SelfAssessmentSubmitted> context) =>
        db.ConsumeOnceAsync(context, "appraisal.self-assessment-submitted", time, async ct =>
        {
            var m = context.Message;
            // The inbox stops a redelivery; the key stops the same submission published under another message id.
            if (await db.SelfAssessments.AnyAsync(s => s.SubmissionId == m.SubmissionId, ct)) return;
            db.SelfAssessments.Add(new ReceivedSelfAssessment
            {
                SubmissionId = m.SubmissionId, ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, Version = m.Version,
                SubmittedAt = m.SubmittedAt, ReceivedAt = time.GetUtcNow(), Criteria = [.. m.Criteria], Bonus = [.. m.Bonus ?? []],
                SelfScore = m.SelfScore, DaysLate = m.DaysLate,
            });
        });
}
