using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Workflows.Completions;

/// <summary>One consumer per event the definitions can wait for; each reduces its event and completes the matching steps once.</summary>
public abstract class CompletionConsumer<T>(WorkflowsDb db, StepCompletion completion, TimeProvider time) : IConsumer<T>
    where T : class
{
    protected abstract CompletionEvent Reduce(T message);

    public async Task Consume(ConsumeContext<T> context)
    {
        await using var tx = await db.Database.BeginTransactionAsync(context.CancellationToken);
        await db.ConsumeOnceAsync(context, $"workflows.complete.{typeof(T).Name}", time,
            async ct => await completion.ApplyAsync(db, Reduce(context.Message), context.MessageId!.Value, ct));
        await tx.CommitAsync(context.CancellationToken);
    }

    protected static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>();
    protected static IReadOnlyDictionary<string, string> Field(string name, string value) => new Dictionary<string, string> { [name] = value };
}

public sealed class CovenantSignedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<CovenantSigned>(db, c, t)
{
    protected override CompletionEvent Reduce(CovenantSigned m) => new(nameof(CovenantSigned), m.ClusterId, m.Year, m.UnitId, None, m.SignedAt);
}

public sealed class RegistrationSubmittedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<RegistrationSubmitted>(db, c, t)
{
    protected override CompletionEvent Reduce(RegistrationSubmitted m) => new(nameof(RegistrationSubmitted), m.ClusterId, m.Year, m.UnitId, None, m.SubmittedAt);
}

public sealed class SelfAssessmentSubmittedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<SelfAssessmentSubmitted>(db, c, t)
{
    protected override CompletionEvent Reduce(SelfAssessmentSubmitted m) => new(nameof(SelfAssessmentSubmitted), m.ClusterId, m.Year, m.UnitId, None, m.SubmittedAt);
}

public sealed class ReportSubmittedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<ReportSubmitted>(db, c, t)
{
    protected override CompletionEvent Reduce(ReportSubmitted m) => new(nameof(ReportSubmitted), m.ClusterId, m.Year, m.UnitId, Field("kind", m.Kind), m.SubmittedAt);
}

public sealed class ScoresPublishedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<ScoresPublished>(db, c, t)
{
    protected override CompletionEvent Reduce(ScoresPublished m) => new(nameof(ScoresPublished), m.ClusterId, m.Year, null, Field("audience", m.Audience), m.PublishedAt);
}

public sealed class ScoresFinalizedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<ScoresFinalized>(db, c, t)
{
    protected override CompletionEvent Reduce(ScoresFinalized m) => new(nameof(ScoresFinalized), m.ClusterId, m.Year, null, None, m.FinalizedAt);
}

public sealed class CrossInspectionCompletedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<CrossInspectionCompleted>(db, c, t)
{
    protected override CompletionEvent Reduce(CrossInspectionCompleted m) => new(nameof(CrossInspectionCompleted), m.ClusterId, m.Year, null, None, m.CompletedAt);
}

public sealed class ConferenceHeldConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<ConferenceHeld>(db, c, t)
{
    protected override CompletionEvent Reduce(ConferenceHeld m) => new(nameof(ConferenceHeld), m.ClusterId, m.Year, null, Field("kind", m.Kind), m.RecordedAt);
}

public sealed class DossierSubmittedConsumer(WorkflowsDb db, StepCompletion c, TimeProvider t) : CompletionConsumer<DossierSubmitted>(db, c, t)
{
    protected override CompletionEvent Reduce(DossierSubmitted m) => new(nameof(DossierSubmitted), m.ClusterId, m.Year, null, None, m.SubmittedAt);
}
