using System.Text.Json;
using Npgsql;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Every row of every table of a service's database (each as JSON, without the bookkeeping columns below), and what the
/// service did outside it: what one delivery changed is the difference of two snapshots.
/// </summary>
public sealed class DatabaseSnapshot
{
    /// <summary>
    /// Columns that change without any consumer acting, left out so a difference is always an effect:
    /// the outbox dispatcher stamps a row when it publishes it (SentAt), counts its tries (Attempts) and keeps the
    /// broker's last refusal (LastError), at any moment after the commit. A message published twice is a second row,
    /// which is still compared.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string[]> Bookkeeping = new Dictionary<string, string[]>
    {
        ["OutboxMessages"] = ["SentAt", "Attempts", "LastError"],
    };

    public const string InboxTable = "InboxMessages";

    private DatabaseSnapshot(IReadOnlyDictionary<string, List<string>> tables) => Tables = tables;

    /// <summary>Rows by "schema.table"; what happened outside the database under "(outside) …".</summary>
    public IReadOnlyDictionary<string, List<string>> Tables { get; }

    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString, IReadOnlyDictionary<string, IEnumerable<string>> outside)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var names = new List<(string Schema, string Table)>();
        await using (var list = new NpgsqlCommand("""
            SELECT table_schema, table_name FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) names.Add((reader.GetString(0), reader.GetString(1)));
        var tables = new Dictionary<string, List<string>>();
        foreach (var (schema, table) in names)
        {
            // Names come from the catalogue, never from input.
            await using var rows = new NpgsqlCommand($"""SELECT (to_jsonb(t) - @left_out)::text FROM "{schema}"."{table}" t""", connection);
            rows.Parameters.AddWithValue("left_out", Bookkeeping.GetValueOrDefault(table, []));
            var found = new List<string>();
            await using (var reader = await rows.ExecuteReaderAsync())
                while (await reader.ReadAsync()) found.Add(reader.GetString(0));
            tables[$"{schema}.{table}"] = found;
        }
        foreach (var (what, facts) in outside) tables[$"(outside) {what}"] = facts.ToList();
        return new DatabaseSnapshot(tables);
    }

    /// <summary>The MessageId of every outbox row.</summary>
    public IReadOnlySet<Guid> OutboxMessageIds() => Tables.Where(t => t.Key.EndsWith(".OutboxMessages", StringComparison.Ordinal))
        .SelectMany(t => t.Value).Select(r => JsonDocument.Parse(r).RootElement.GetProperty("MessageId").GetGuid()).ToHashSet();

    /// <summary>This snapshot with one more table of facts from outside the database.</summary>
    public DatabaseSnapshot With(string outside, IEnumerable<string> facts) =>
        new(new Dictionary<string, List<string>>(Tables) { [$"(outside) {outside}"] = facts.ToList() });

    /// <summary>Rows added and removed since <paramref name="before"/>, table by table; a changed row is both.</summary>
    public IReadOnlyList<RowChange> ChangesSince(DatabaseSnapshot before, bool withInbox = true)
    {
        var changes = new List<RowChange>();
        foreach (var table in Tables.Keys.Union(before.Tables.Keys).Order(StringComparer.Ordinal))
        {
            if (!withInbox && table.EndsWith($".{InboxTable}", StringComparison.Ordinal)) continue;
            var now = Tables.GetValueOrDefault(table, []);
            var then = before.Tables.GetValueOrDefault(table, []);
            changes.AddRange(Minus(now, then).Select(r => new RowChange(table, true, r)));
            changes.AddRange(Minus(then, now).Select(r => new RowChange(table, false, r)));
        }
        return changes;
    }

    /// <summary>The rows of <paramref name="a"/> not matched one for one in <paramref name="b"/> (a duplicate row counts).</summary>
    private static IEnumerable<string> Minus(List<string> a, List<string> b)
    {
        var left = b.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var row in a)
            if (left.TryGetValue(row, out var n) && n > 0) left[row] = n - 1;
            else yield return row;
    }
}

/// <summary>A row that appeared in a table (added) or left it.</summary>
public sealed record RowChange(string Table, bool Added, string Row)
{
    public override string ToString() => $"{Table} {(Added ? '+' : '−')} {(Row.Length <= 400 ? Row : Row[..400] + "…")}";

    /// <summary>"appraisal.Deductions +1, appraisal.AuditEntries +2": how much of what changed, for the test's output.</summary>
    public static string Summary(IEnumerable<RowChange> changes) => string.Join(", ",
        changes.GroupBy(c => (c.Table, c.Added)).Select(g => $"{g.Key.Table} {(g.Key.Added ? '+' : '−')}{g.Count()}"));
}
