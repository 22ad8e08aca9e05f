using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Appraisal.SelfAssessments;

public sealed class SelfAssessmentSubmittedConsumer(AppraisalDb db, TimeProvider time) : IConsumer<SelfAssessmentSubmitted>
{
    private const string Name = "appraisal.self-assessment-submitted";

    public async Task Consume(ConsumeContext<SelfAssessmentSubmitted> context)
    {
        var m = context.Message;
        if (await db.InsertOnceAsync(context, Name, time, () => db.SelfAssessments.Add(Received(m)))) return;
        // A key refused it: a redelivery, or the same submission published under another message id.
        await db.ConsumeOnceAsync(context, Name, time, async ct =>
        {
            if (!await db.SelfAssessments.AnyAsync(s => s.SubmissionId == m.SubmissionId, ct)) db.SelfAssessments.Add(Received(m));
        });
    }

    private ReceivedSelfAssessment Received(SelfAssessmentSubmitted m) => new()
    {
        SubmissionId = m.SubmissionId, ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, Version = m.Version,
        SubmittedAt = m.SubmittedAt, ReceivedAt = time.GetUtcNow(), Criteria = [.. m.Criteria], Bonus = [.. m.Bonus ?? []],
        SelfScore = m.SelfScore, DaysLate = m.DaysLate,
    };
}
