using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tdkt.Throughput.Pipelines;

/// <summary>Counts rows in a service's tables, in its PostgreSQL schema or its SQLite file: how the driver sees what arrived.</summary>
public abstract class Tables
{
    public abstract Task<long> CountAsync(string schema, string table, string where = "true");

    /// <summary>Waits until the count reaches <c>expected</c>; false when the limit passed first.</summary>
    public async Task<bool> ReachAsync(string schema, string table, long expected, TimeSpan limit, string where = "true")
    {
        var deadline = DateTime.UtcNow + limit;
        while (await CountAsync(schema, table, where) < expected)
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(100);
        }
        return true;
    }

    public sealed class Postgres(string connection) : Tables
    {
        public override async Task<long> CountAsync(string schema, string table, string where = "true")
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{schema}\".\"{table}\" WHERE {where}", db);
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }

    public sealed class Sqlite(string directory) : Tables
    {
        public override async Task<long> CountAsync(string schema, string table, string where = "true")
        {
            await using var db = new SqliteConnection($"Data Source={Path.Combine(directory, schema + ".db")};Mode=ReadOnly");
            await db.OpenAsync();
            await using var command = db.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE {where}";
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }
}
