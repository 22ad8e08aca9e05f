using Npgsql;

namespace Tdkt.Throughput.Anchors;

/// <summary>Anchor (b): one row inserted before publishing and one in the consumer, each its own pooled connection and commit.</summary>
public sealed class PostgresStore(NpgsqlDataSource source) : IAnchorStore
{
    public static async Task<PostgresStore> CreateAsync(string connection)
    {
        var source = NpgsqlDataSource.Create(connection);
        await using var create = source.CreateCommand(
            "CREATE TABLE sent (id uuid PRIMARY KEY, sequence bigint NOT NULL, at timestamptz NOT NULL DEFAULT now());" +
            "CREATE TABLE received (id uuid PRIMARY KEY, sequence bigint NOT NULL, at timestamptz NOT NULL DEFAULT now());");
        await create.ExecuteNonQueryAsync();
        return new PostgresStore(source);
    }

    public Task SentAsync(Ping ping) => InsertAsync("INSERT INTO sent (id, sequence) VALUES ($1, $2)", ping);
    public Task ReceivedAsync(Ping ping) => InsertAsync("INSERT INTO received (id, sequence) VALUES ($1, $2)", ping);

    private async Task InsertAsync(string sql, Ping ping)
    {
        await using var command = source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = ping.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = ping.Sequence });
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
