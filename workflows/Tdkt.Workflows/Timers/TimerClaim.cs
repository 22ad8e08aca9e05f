using Microsoft.EntityFrameworkCore;

namespace Tdkt.Workflows.Timers;

/// <summary>
/// Claims the earliest due timers. On PostgreSQL the rows stay locked until the caller's
/// transaction ends, and other replicas skip them instead of waiting: each timer is handled by
/// one replica, and a replica that dies mid-batch releases its rows to the others.
/// </summary>
internal static class TimerClaim
{
    public static Task<List<WorkflowTimer>> ClaimDueAsync(this WorkflowsDb db, DateTimeOffset now, int batchSize, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Timers.FromSqlRaw(Sql, now.ToUnixTimeMilliseconds(), batchSize).ToListAsync(ct)
            : db.Timers.Where(t => t.FiredAt == null && t.FireAt <= now).OrderBy(t => t.FireAt).ThenBy(t => t.Id).Take(batchSize).ToListAsync(ct);

    // The schema is the service's constant, never input.
    private const string Sql =
        "SELECT * FROM \"" + WorkflowsDb.SchemaName + "\".\"Timers\" WHERE \"FiredAt\" IS NULL AND \"FireAt\" <= {0} " +
        "ORDER BY \"FireAt\", \"Id\" LIMIT {1} FOR UPDATE SKIP LOCKED";
}
