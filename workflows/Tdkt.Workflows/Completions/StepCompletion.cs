using Microsoft.EntityFrameworkCore;
using Tdkt.Workflows.Definitions;
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
/// no later reminder; a completion after the deadline is kept too (done late).
/// </summary>
public sealed class StepCompletion(DefinitionCatalog catalog)
{
    public async Task<int> ApplyAsync(WorkflowsDb db, CompletionEvent e, CancellationToken ct)
    {
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.ClusterId == e.ClusterId && i.Year == e.Year, ct);
        if (instance is null) return 0;
        var definition = await catalog.GetAsync(db, instance.DefinitionId, instance.DefinitionVersion, ct);
        if (definition is null) return 0;
        var completed = 0;
        foreach (var step in definition.Steps.Where(s => Matches(s.CompletedBy, e)))
        {
            var query = db.Obligations.Where(o => o.ClusterId == e.ClusterId && o.Year == e.Year && o.StepId == step.Id && o.CompletedAt == null);
            if (step.CompletedBy.Match == MatchScope.Unit) query = query.Where(o => o.UnitId == e.UnitId);
            var obligations = await query.ToListAsync(ct);
            var ids = obligations.Select(o => o.Id).ToList();
            foreach (var o in obligations) o.CompletedAt = e.At;
            db.Timers.RemoveRange(await db.Timers.Where(t => ids.Contains(t.ObligationId) && t.FiredAt == null).ToListAsync(ct));
            completed += obligations.Count;
        }
        return completed;
    }

    private static bool Matches(Completion c, CompletionEvent e) =>
        c.Event == e.Event
        && (c.Match == MatchScope.Cluster || e.UnitId is not null)
        && c.Where.All(w => e.Fields.TryGetValue(w.Key, out var v) && v == w.Value);
}
