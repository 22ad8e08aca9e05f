using Microsoft.Data.Sqlite;

namespace Tdkt.Throughput.Anchors;

/// <summary>
/// Anchor (c): a row in one SQLite file before publishing and one in another in the consumer, with the platform's
/// settings (WAL, the provider's default busy handling), so it is what SQLite allows the embedded mode.
/// </summary>
public sealed class SqliteStore(string directory) : IAnchorStore
{
    private readonly string _sent = $"Data Source={Path.Combine(directory, "sent.db")}";
    private readonly string _received = $"Data Source={Path.Combine(directory, "received.db")}";

    public static async Task<SqliteStore> CreateAsync(string directory)
    {
        var store = new SqliteStore(directory);
        foreach (var (connection, table) in new[] { (store._sent, "sent"), (store._received, "received") })
            await ExecuteAsync(connection, $"PRAGMA journal_mode=WAL; CREATE TABLE {table} (id TEXT PRIMARY KEY, sequence INTEGER NOT NULL, at TEXT NOT NULL);");
        return store;
    }

    public Task SentAsync(Ping ping) => InsertAsync(_sent, "sent", ping);
    public Task ReceivedAsync(Ping ping) => InsertAsync(_received, "received", ping);

    private static Task InsertAsync(string connection, string table, Ping ping) =>
        ExecuteAsync(connection, $"INSERT INTO {table} (id, sequence, at) VALUES ($id, $sequence, $at)",
            ("$id", ping.Id.ToString()), ("$sequence", ping.Sequence), ("$at", DateTimeOffset.UtcNow.ToString("O")));

    private static async Task ExecuteAsync(string connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
