using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Mail;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Escalations;
using Tdkt.Workflows.Explanations;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Reminders;

namespace Tdkt.Workflows.Timers;

/// <summary>
/// Fires one batch of due timers in one transaction: the claim, the timers marked fired, the
/// inbox notices, the escalation records and the outbox messages commit together, or not at all
/// (a crash rolls everything back and the rows are claimed again).
/// </summary>
public sealed class TimerFiring(IServiceScopeFactory scopes, DefinitionCatalog catalog, SmtpMailSender mail,
    TimeProvider time, IConfiguration config, WorkflowTelemetry telemetry)
{
    public int BatchSize { get; } = config.GetValue(ConfigKeys.WorkflowTimerBatchSize, 200);

    public async Task<IReadOnlyList<FiredTimer>> FireBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDb>();
        var now = time.GetUtcNow();
        // One plain read when nothing is due: an idle runner takes no transaction and no lock.
        if (!await db.Timers.AnyAsync(t => t.FiredAt == null && t.FireAt <= now, ct)) return await NoneDueAsync();
        // The batch's reminders and escalations are published in this trace (their outbox rows carry it).
        using var activity = WorkflowTelemetry.StartFiring();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.ClaimDueAsync(now, BatchSize, ct);
        activity?.SetTag("tdkt.timers.claimed", batch.Count);
        if (batch.Count == 0) return await NoneDueAsync();
        var ids = batch.Select(t => t.ObligationId).Distinct().ToList();
        var obligations = await db.Obligations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var explanations = await ExplanationStepsAsync(db, obligations.Values, ct);
        var years = new Dictionary<(string, int), (ClusterYearCopy Year, WorkflowDefinition? Definition)?>();
        var fired = new List<FiredTimer>(batch.Count);
        foreach (var timer in batch)
        {
            timer.FiredAt = now;
            var key = (timer.ClusterId, timer.Year);
            if (!years.TryGetValue(key, out var context)) years[key] = context = await LoadAsync(db, key, ct);
            if (context is not { } c || !obligations.TryGetValue(timer.ObligationId, out var obligation)) continue;
            var step = explanations.GetValueOrDefault(obligation.StepId) ?? c.Definition?.Step(obligation.StepId);
            if (step is null) continue;
            var effects = new FiringEffects(db, c.Year, step, obligation, timer, time, mail.IsEnabled);
            var skipped = obligation.CompletedAt is not null || obligation.MissedAt is not null;
            if (!skipped && timer.Kind == TimerKind.Reminder) effects.Remind();
            if (!skipped && timer.Kind == TimerKind.Missed) effects.Escalate();
            fired.Add(new FiredTimer(timer.Kind, timer.ClusterId, timer.Year, step.Id, step.Title, obligation.UnitId,
                timer.DueDate, timer.Offset, timer.FireAt, skipped));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        telemetry.RemindersSent(fired.Count(f => f.Kind == TimerKind.Reminder && !f.Skipped), WorkflowTelemetry.InApp);
        await telemetry.TimersDue.AfterBatchAsync(batch.Count, batch.Count, BatchSize,
            () => db.Timers.CountAsync(t => t.FiredAt == null && t.FireAt <= now, CancellationToken.None));
        return fired;
    }

    private async Task<IReadOnlyList<FiredTimer>> NoneDueAsync()
    {
        await telemetry.TimersDue.AfterBatchAsync(0, 0, BatchSize, () => Task.FromResult(0));
        return [];
    }

    /// <summary>The year's copy (names, head, addresses) and its definition; explanations need only the copy.</summary>
    private async Task<(ClusterYearCopy, WorkflowDefinition?)?> LoadAsync(WorkflowsDb db, (string Cluster, int Year) key, CancellationToken ct)
    {
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.ClusterId == key.Cluster && i.Year == key.Year, ct);
        var year = await db.ClusterYears.AsNoTracking().FirstOrDefaultAsync(y => y.ClusterId == key.Cluster && y.Year == key.Year, ct);
        if (year is null) return null;
        var definition = instance is null ? null : await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
        return (year, definition);
    }

    /// <summary>Step id → the explanation as a step, for the batch's explanation obligations.</summary>
    private static async Task<Dictionary<string, StepDefinition>> ExplanationStepsAsync(WorkflowsDb db, IEnumerable<Obligation> obligations,
        CancellationToken ct)
    {
        var requestIds = obligations.Select(o => Explanation.RequestIdOf(o.StepId)).OfType<Guid>().Distinct().ToList();
        if (requestIds.Count == 0) return [];
        var requested = await db.Explanations.AsNoTracking().Where(e => requestIds.Contains(e.RequestId) && e.DueDate != null).ToListAsync(ct);
        return requested.ToDictionary(e => e.StepId, ExplanationDeadline.Step);
    }
}
