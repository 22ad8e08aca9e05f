using Microsoft.EntityFrameworkCore;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows.Completions;

/// <summary>A service's event, reduced to what step matching needs.</summary>
/// <param name="UnitId">The acting unit, for events that have one.</param>
/// <param name="Fields">Values that definitions may match with <c>where</c> (kind, audience).</param>
public sealed record CompletionEvent(
    string Event, string ClusterId, int Year, string? UnitId, IReadOnlyDictionary<string, string> Fields, DateTimeOffset At);

/// <summary>
/// Completes the steps an event satisfies: for unit-matched steps only the acting unit's obligation,
/// for cluster-matched steps every obligation of the step. Its pending timers go, so the unit gets
/// no later reminder; a completion after the deadline is kept too (done late). The event is kept as
/// well, for obligations planned after it arrived (<see cref="CompleteFromReceivedAsync"/>).
/// </summary>
public sealed class StepCompletion(DefinitionCatalog catalog)
{
    /// <summary>Call inside a transaction: the year's plan lock is held until it commits.</summary>
    public async Task<int> ApplyAsync(WorkflowsDb db, CompletionEvent e, Guid messageId, CancellationToken ct)
    {
        db.ReceivedCompletions.Add(ReceivedCompletion.Of(e, messageId));
        await db.LockYearPlanAsync(e.ClusterId, e.Year, ct);
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.ClusterId == e.ClusterId && i.Year == e.Year, ct);
        if (instance is null) return 0;
        var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
        if (definition is null) return 0;
        var completed = 0;
        foreach (var step in definition.Steps.Where(s => Matches(s.CompletedBy, e)))
        {
            var query = db.Obligations.Where(o => o.ClusterId == e.ClusterId && o.Year == e.Year && o.StepId == step.Id && o.CompletedAt == null);
            if (step.CompletedBy.Match == MatchScope.Unit) query = query.Where(o => o.UnitId == e.UnitId);
            // Open in memory too: an earlier event of the same batch may have completed one, not yet saved.
            var obligations = (await query.ToListAsync(ct)).Where(o => o.CompletedAt is null).ToList();
            var ids = obligations.Select(o => o.Id).ToList();
            foreach (var o in obligations) o.CompletedAt = e.At;
            db.Timers.RemoveRange(await db.Timers.Where(t => ids.Contains(t.ObligationId) && t.FiredAt == null).ToListAsync(ct));
            completed += obligations.Count;
        }
        return completed;
    }

    /// <summary>
    /// A plan's open obligations that a completion received earlier satisfies are done, at the earliest such
    /// completion's own time, before the plan gives them timers. The caller holds the year's plan lock.
    /// </summary>
    public static async Task CompleteFromReceivedAsync(WorkflowsDb db, ClusterYearPlan plan, string clusterId, int year,
        IReadOnlyCollection<Obligation> obligations, CancellationToken ct)
    {
        if (obligations.All(o => o.CompletedAt is not null)) return;
        var received = (await db.ReceivedCompletions.AsNoTracking().Where(c => c.ClusterId == clusterId && c.Year == year).ToListAsync(ct))
            .Select(c => c.ToEvent()).ToList();
        if (received.Count == 0) return;
        foreach (var step in plan.Steps.Select(s => s.Step))
            foreach (var obligation in obligations.Where(o => o.StepId == step.Id && o.CompletedAt is null))
                obligation.CompletedAt = received
                    .Where(e => Matches(step.CompletedBy, e) && (step.CompletedBy.Match == MatchScope.Cluster || e.UnitId == obligation.UnitId))
                    .Select(e => (DateTimeOffset?)e.At).Min();
    }

    private static bool Matches(Completion c, CompletionEvent e) =>
        c.Event == e.Event
        && (c.Match == MatchScope.Cluster || e.UnitId is not null)
        && c.Where.All(w => e.Fields.TryGetValue(w.Key, out var v) && v == w.Value);
}
