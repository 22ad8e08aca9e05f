using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tdkt.Platform.Persistence;

/// <summary>Which database failures mean "not now" rather than "not this": the same request or message succeeds later.</summary>
public static class DatabaseFailures
{
    /// <summary>
    /// The database cannot be reached or cannot take the work at the moment: PostgreSQL down, restarting, shutting down,
    /// out of connections, or a connection broken under the command; a SQLite file held by another writer. Looks through
    /// the wrappers EF Core puts around them (DbUpdateException, InvalidOperationException).
    /// </summary>
    public static bool IsDatabaseUnavailable(this Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p: return IsUnavailable(p.SqlState);
                // Npgsql's own failures (no server answer): refused or broken socket, connect or pool timeout.
                case NpgsqlException n: return n.IsTransient;
                case SqliteException s: return s.SqliteErrorCode is SqliteBusy or SqliteLocked;
            }
        }
        return false;
    }

    /// <summary>A row was refused by a primary key or unique index: it, or one with the same key, is already stored.</summary>
    public static bool IsUniqueViolation(this Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException p: return p.SqlState == PostgresErrorCodes.UniqueViolation;
                case SqliteException s: return s.SqliteExtendedErrorCode is SqlitePrimaryKey or SqliteUnique;
            }
        }
        return false;
    }

    private const int SqliteBusy = 5, SqliteLocked = 6, SqlitePrimaryKey = 1555, SqliteUnique = 2067;

    // Class 08 connection exceptions, 53 insufficient resources (too many connections), 57P01-57P03 shutdown and start-up.
    // Not class 40 (serialization failure, deadlock): those are conflicts the service itself decides about.
    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow;
}
