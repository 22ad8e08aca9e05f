using Microsoft.EntityFrameworkCore;

namespace Tdkt.Workflows.Completions;

/// <summary>
/// A completion and a plan of the same cluster-year each read what the other writes (the obligations; the received
/// completions): run at once, each could miss the other's uncommitted rows and the completion would be lost. Both take
/// this lock first, for the rest of their transaction (PostgreSQL; SQLite has one writer). An advisory lock, because
/// neither the year's instance nor its copy need exist yet when the completion arrives.
/// </summary>
public static class YearPlanLock
{
    public static Task LockYearPlanAsync(this WorkflowsDb db, string clusterId, int year, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlRawAsync(Sql, [$"{WorkflowsDb.SchemaName}.plan:{clusterId}:{year}"], ct)
            : Task.CompletedTask;

    private const string Sql = "SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))";
}
