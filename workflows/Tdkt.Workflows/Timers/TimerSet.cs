namespace Tdkt.Workflows.Timers;

/// <summary>
/// A re-plan's view of a cluster-year's timers: a wanted timer that already fired is not made again
/// (never the same reminder twice), one still pending is kept or moved, and pending timers the new
/// plan no longer wants are deleted.
/// </summary>
internal sealed class TimerSet
{
    private readonly WorkflowsDb _db;
    private readonly HashSet<(long, TimerKind, int, DateOnly)> _fired;
    private readonly Dictionary<(long, TimerKind, int, DateOnly), WorkflowTimer> _pending;
    private readonly HashSet<WorkflowTimer> _wanted = [];

    public TimerSet(WorkflowsDb db, IEnumerable<WorkflowTimer> existing)
    {
        _db = db;
        var all = existing.ToList();
        _fired = all.Where(t => t.FiredAt != null).Select(Key).ToHashSet();
        _pending = all.Where(t => t.FiredAt == null).ToDictionary(Key);
    }

    public void Want(WorkflowTimer timer)
    {
        var key = Key(timer);
        if (_fired.Contains(key)) return;
        if (_pending.TryGetValue(key, out var existing))
        {
            existing.FireAt = timer.FireAt;
            _wanted.Add(existing);
            return;
        }
        _db.Timers.Add(timer);
        _pending[key] = timer;
        _wanted.Add(timer);
    }

    public void RemoveUnwanted() => _db.Timers.RemoveRange(_pending.Values.Where(t => t.Id != 0 && !_wanted.Contains(t)));

    /// <summary>What makes a timer the same one across re-plans.</summary>
    public static (long, TimerKind, int, DateOnly) Key(WorkflowTimer t) => (t.ObligationId, t.Kind, t.Offset, t.DueDate);
}
