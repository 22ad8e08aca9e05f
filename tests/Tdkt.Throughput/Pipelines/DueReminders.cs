using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Tdkt.Contracts;

namespace Tdkt.Throughput.Pipelines;

/// <summary>
/// Writes the scenario straight into the workflows schema with COPY: clusters of members, one step
/// each, and one reminder timer per member, all due at the same instant.
/// </summary>
public static class DueReminders
{
    public const string DefinitionId = "kt-benchmark";

    public static async Task SeedAsync(string connection, int clusters, int membersPerCluster, DateTimeOffset fireAt)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var due = new DateOnly(2025, 3, 10);
        await using (var years = await db.BeginBinaryImportAsync(
            "COPY workflows.\"ClusterYears\" (\"ClusterId\",\"Year\",\"ClusterName\",\"HeadUnitId\",\"Members\",\"OpenedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < clusters; c++)
            {
                var members = Enumerable.Range(0, membersPerCluster).Select(m => new ClusterMember(Unit(c, m), $"Đơn vị {c}-{m}", [])).ToList();
                await years.WriteRowAsync(default, Cluster(c), 2025, $"Cụm {c}", Unit(c, 0),
                    JsonSerializer.Serialize(members, new JsonSerializerOptions(JsonSerializerDefaults.Web)), DateTimeOffset.UtcNow);
            }
            await years.CompleteAsync();
        }
        await using (var instances = await db.BeginBinaryImportAsync(
            "COPY workflows.\"Instances\" (\"ClusterId\",\"Year\",\"DefinitionId\",\"DefinitionVersion\",\"KnownDates\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < clusters; c++) await instances.WriteRowAsync(default, Cluster(c), 2025, DefinitionId, 1, "{}", now);
            await instances.CompleteAsync();
        }
        await using (var obligations = await db.BeginBinaryImportAsync(
            "COPY workflows.\"Obligations\" (\"Id\",\"ClusterId\",\"Year\",\"StepId\",\"UnitId\",\"DueDate\",\"DueAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < clusters; c++)
                for (var m = 0; m < membersPerCluster; m++)
                    await obligations.WriteRowAsync(default, (long)(c * membersPerCluster + m + 1), Cluster(c), 2025, "self-assessment", Unit(c, m), due,
                        new DateTimeOffset(2025, 3, 10, 16, 59, 59, TimeSpan.Zero).ToUnixTimeMilliseconds());
            await obligations.CompleteAsync();
        }
        await using (var timers = await db.BeginBinaryImportAsync(
            "COPY workflows.\"Timers\" (\"ClusterId\",\"Year\",\"ObligationId\",\"Kind\",\"Offset\",\"DueDate\",\"FireAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var c = 0; c < clusters; c++)
                for (var m = 0; m < membersPerCluster; m++)
                    await timers.WriteRowAsync(default, Cluster(c), 2025, (long)(c * membersPerCluster + m + 1), 0, 3, due, fireAt.ToUnixTimeMilliseconds());
            await timers.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", db);
        await analyze.ExecuteNonQueryAsync();
    }

    private static string Cluster(int c) => $"bench-{c:D4}";
    private static string Unit(int c, int m) => $"bench-{c:D4}-{m:D3}";
}
