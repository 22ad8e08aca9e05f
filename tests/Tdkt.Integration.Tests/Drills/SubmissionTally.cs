using System.Text.Json;
using Npgsql;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// A burst's submissions followed to appraisal: what intake accepted (its 201 receipts), what it stored (its own
/// database) and what the head finds in appraisal's list of the cluster-year's submissions.
/// </summary>
public sealed record SubmissionTally(BurstOutcome Burst, IReadOnlyList<AcceptedSubmission> Stored, IReadOnlyList<AcceptedSubmission> Arrived)
{
    private IEnumerable<Guid> AcceptedIds => Burst.Accepted.Select(s => s.Id);
    private IEnumerable<Guid> StoredIds => Stored.Select(s => s.Id);
    private IEnumerable<Guid> ArrivedIds => Arrived.Select(s => s.Id);

    /// <summary>Accepted but not stored by intake, or stored but not in appraisal.</summary>
    public int Lost => AcceptedIds.Except(StoredIds).Count() + StoredIds.Except(ArrivedIds).Count();

    /// <summary>Listed more than once in appraisal: the same submission twice, or two of one unit's version.</summary>
    public int Duplicated => Arrived.Count - Arrived.Select(s => (s.UnitId, s.Version)).Distinct().Count();

    /// <summary>In appraisal although intake never stored it.</summary>
    public int Unknown => ArrivedIds.Except(StoredIds).Count();

    /// <summary>Stored by intake although its client got no 201: the answer was lost, e.g. the process died after the commit.</summary>
    public int Unacknowledged => StoredIds.Except(AcceptedIds).Count();

    /// <summary>The units with a stored submission.</summary>
    public IReadOnlySet<string> Submitters => Stored.Select(s => s.UnitId).ToHashSet();

    public override string ToString() =>
        $"{Burst}\n{Burst.Accepted.Count} accepted, {Stored.Count} stored by intake ({Unacknowledged} without their 201 reaching the client), "
        + $"{Arrived.Count} arrived in appraisal: {Lost} lost, {Duplicated} duplicated, {Unknown} unknown";

    /// <summary>Waits until everything intake stored is in appraisal; on timeout the message gives the counts.</summary>
    public static Task<SubmissionTally> WhenArrivedAsync(string database, SliceClient slice, TestCluster cluster, BurstOutcome burst) =>
        Eventually.Until(() => ReadAsync(database, slice, cluster, burst), t => t.Lost == 0, TimeSpan.FromSeconds(90),
            "every submission intake accepted to reach appraisal");

    public static async Task<SubmissionTally> ReadAsync(string database, SliceClient slice, TestCluster cluster, BurstOutcome burst)
    {
        var stored = await StoredAsync(database, cluster);
        var (status, list) = await slice.HeadListAsync(cluster.Head);
        if (status != System.Net.HttpStatusCode.OK) throw new InvalidOperationException($"The head's list answered {status}: {list}");
        var arrived = list.EnumerateArray().Select(s =>
            new AcceptedSubmission(s.GetProperty("submissionId").GetGuid(), s.GetProperty("unitId").GetString()!, s.GetProperty("version").GetInt32()));
        return new SubmissionTally(burst, stored, [.. arrived]);
    }

    /// <summary>Intake's own table, read as its operator would.</summary>
    private static async Task<List<AcceptedSubmission>> StoredAsync(string database, TestCluster cluster)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            """SELECT "Id", "UnitId", "Version" FROM intake."SelfAssessments" WHERE "ClusterId" = @cluster AND "Year" = @year""", connection);
        query.Parameters.AddWithValue("cluster", cluster.Id);
        query.Parameters.AddWithValue("year", cluster.Year);
        var stored = new List<AcceptedSubmission>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync()) stored.Add(new AcceptedSubmission(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2)));
        return stored;
    }
}
