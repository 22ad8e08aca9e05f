using Npgsql;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>Whether services have their copy of the opened cluster-year (registry announced it), read from their own schemas.</summary>
public static class YearCopies
{
    /// <summary>A burst sent before would be refused (404) by a service that has not heard of the year yet.</summary>
    public static Task WhenKnownAsync(string database, TestCluster cluster, params string[] schemas) =>
        Eventually.Until(() => KnownByAsync(database, cluster, schemas), known => known == schemas.Length, TimeSpan.FromSeconds(60),
            $"{string.Join(", ", schemas)} to learn the cluster-year");

    private static async Task<int> KnownByAsync(string database, TestCluster cluster, string[] schemas)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var known = 0;
        foreach (var schema in schemas)
        {
            // Schemas are the services' own constants, never input; a table not migrated yet counts as not known.
            await using var query = new NpgsqlCommand(
                $"""SELECT count(*) FROM "{schema}"."ClusterYears" WHERE "ClusterId" = @cluster AND "Year" = @year""", connection);
            query.Parameters.AddWithValue("cluster", cluster.Id);
            query.Parameters.AddWithValue("year", cluster.Year);
            try { known += (long)(await query.ExecuteScalarAsync())! > 0 ? 1 : 0; }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { }
        }
        return known;
    }
}
