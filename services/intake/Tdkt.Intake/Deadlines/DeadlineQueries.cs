using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake.Deadlines;

public static class DeadlineQueries
{
    /// <summary>
    /// When what <paramref name="eventName"/> (of that <paramref name="kind"/>, e.g. an annual report) delivers is due
    /// for the cluster-year, by the runtime's latest plan; null when no step waits for it or its date is not set yet.
    /// Two steps waiting for one event: the earlier deadline, the first that a late submission misses.
    /// </summary>
    public static async Task<DateTimeOffset?> DueAtAsync(this IntakeDb db, string clusterId, int year, string eventName,
        string? kind = null, CancellationToken ct = default)
    {
        // Compared in memory: SQLite cannot order or aggregate a DateTimeOffset column.
        DateTimeOffset? earliest = null;
        await foreach (var due in Dues.For(db)(db, clusterId, year, eventName, StepFilter.Kind(kind)).WithCancellation(ct))
            if (earliest is null || due < earliest) earliest = due;
        return earliest;
    }

    // Compiled: every submission and report asks it.
    private static readonly PerModel<Func<IntakeDb, string, int, string, string, IAsyncEnumerable<DateTimeOffset>>> Dues = new(() => EF.CompileAsyncQuery(
        (IntakeDb db, string clusterId, int year, string eventName, string filter) => db.StepDeadlines.AsNoTracking()
            .Where(d => d.ClusterId == clusterId && d.Year == year && d.Event == eventName && d.Filter == filter && d.DueAt != null)
            .Select(d => d.DueAt!.Value)));
}
