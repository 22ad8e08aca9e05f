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

    /// <summary>
    /// A cluster-year's timers, locked for the caller's transaction on PostgreSQL. A re-plan takes them
    /// before it reads the obligations: it waits for a runner already firing some of them and is then
    /// skipped by the runners' SKIP LOCKED claims, so the two never write the same rows in opposite orders.
    /// </summary>
    public static Task<List<WorkflowTimer>> LockYearAsync(this WorkflowsDb db, string clusterId, int year, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Timers.FromSqlRaw(LockSql, clusterId, year).ToListAsync(ct)
            : db.Timers.Where(t => t.ClusterId == clusterId && t.Year == year).ToListAsync(ct);

    private const string LockSql =
        "SELECT * FROM \"" + WorkflowsDb.SchemaName + "\".\"Timers\" WHERE \"ClusterId\" = {0} AND \"Year\" = {1} FOR UPDATE";

    // The schema is the service's constant, never input.
    private const string Sql =
        "SELECT * FROM \"" + WorkflowsDb.SchemaName + "\".\"Timers\" WHERE \"FiredAt\" IS NULL AND \"FireAt\" <= {0} " +
        "ORDER BY \"FireAt\", \"Id\" LIMIT {1} FOR UPDATE SKIP LOCKED";
}
