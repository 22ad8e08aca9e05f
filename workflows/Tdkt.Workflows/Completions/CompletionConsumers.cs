using MassTransit;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;

namespace Tdkt.Workflows.Completions;

/// <summary>
/// One consumer per event the definitions can wait for; each reduces its event and completes the matching steps once.
/// Events come in batches, applied one after the other and saved and committed once: on a deadline evening they arrive
/// by the hundred. A failure rolls the batch back and the endpoint retries its events.
/// </summary>
public abstract class CompletionConsumer<T>(WorkflowsDb db, StepCompletion completion, TimeProvider time) : IConsumer<Batch<T>>
    where T : class
{
    private static readonly string Name = $"workflows.complete.{typeof(T).Name}";

    protected abstract CompletionEvent Reduce(T message);

    public async Task Consume(ConsumeContext<Batch<T>> context)
    {
        var ct = context.CancellationToken;
        // In the order of the year locks they take, so two batches never wait for each other in a circle (PostgreSQL);
        // the sort is stable, so a year's own events keep the order they came in.
        var ordered = context.Message.OrderBy(m => Reduce(m.Message).ClusterId, StringComparer.Ordinal).ThenBy(m => Reduce(m.Message).Year);
        // SQLite: the file's one writer for the whole transaction, so two batches queue here instead of on a busy file.
        using var turn = await SqliteWriteGate.TakeTurnAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.ConsumeEachOnceAsync(ordered, Name, time, (one, c) => completion.ApplyAsync(db, Reduce(one.Message), one.MessageId!.Value, c), ct);
        await tx.CommitAsync(ct);
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
