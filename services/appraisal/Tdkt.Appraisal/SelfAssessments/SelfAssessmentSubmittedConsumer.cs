using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Appraisal.SelfAssessments;

/// <summary>
/// Takes submissions in batches: on a deadline evening they arrive by the hundred, and one save per batch is one commit
/// instead of one per submission.
/// </summary>
public sealed class SelfAssessmentSubmittedConsumer(AppraisalDb db, TimeProvider time) : IConsumer<Batch<SelfAssessmentSubmitted>>
{
    private const string Name = "appraisal.self-assessment-submitted";

    public async Task Consume(ConsumeContext<Batch<SelfAssessmentSubmitted>> context)
    {
        if (await db.InsertOnceAsync(context.Message, Name, time, m => m.SubmissionId,
            m => db.SelfAssessments.Add(Received(m)), context.CancellationToken)) return;
        // A key refused one: a redelivery, or the same submission published under another message id (maybe in this batch).
        foreach (var one in context.Message)
        {
            var m = one.Message;
            await db.ConsumeOnceAsync(one, Name, time, async ct =>
            {
                if (!await db.SelfAssessments.AnyAsync(s => s.SubmissionId == m.SubmissionId, ct)) db.SelfAssessments.Add(Received(m));
            });
        }
    }

    private ReceivedSelfAssessment Received(SelfAssessmentSubmitted m) => new()
    {
        SubmissionId = m.SubmissionId, ClusterId = m.ClusterId, Year = m.Year, UnitId = m.UnitId, Version = m.Version,
        SubmittedAt = m.SubmittedAt, ReceivedAt = time.GetUtcNow(), Criteria = [.. m.Criteria], Bonus = [.. m.Bonus ?? []],
        SelfScore = m.SelfScore, DaysLate = m.DaysLate,
    };
}
