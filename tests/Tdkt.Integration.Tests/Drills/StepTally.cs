using System.Net.Http.Json;
using System.Text.Json;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// The year's self-assessment step as the board follows it in the workflows runtime, unit by unit, against the units
/// whose submission intake stored: each of them done, once; nobody else.
/// </summary>
public sealed record StepTally(IReadOnlySet<string> Submitters, IReadOnlyList<(string UnitId, bool Done)> Units)
{
    public const string StepId = "self-assessment";

    public int Done => Units.Count(u => u.Done);

    /// <summary>Units that submitted and whose obligation is not done.</summary>
    public int Lost => Submitters.Except(Units.Where(u => u.Done).Select(u => u.UnitId)).Count();

    /// <summary>A unit owing the step more than once.</summary>
    public int Duplicated => Units.Count - Units.Select(u => u.UnitId).Distinct().Count();

    /// <summary>Done for a unit intake never stored a submission of.</summary>
    public int Unknown => Units.Count(u => u.Done && !Submitters.Contains(u.UnitId));

    public override string ToString() =>
        $"{Submitters.Count} units submitted; the workflow's '{StepId}' step done for {Done} of its {Units.Count} units: "
        + $"{Lost} lost, {Duplicated} duplicated, {Unknown} unknown";

    public static Task<StepTally> WhenDoneAsync(Uri workflows, TestCluster cluster, IReadOnlySet<string> submitters) =>
        Eventually.Until(() => ReadAsync(workflows, cluster, submitters), t => t.Lost == 0, TimeSpan.FromSeconds(90),
            $"the workflows runtime to mark the '{StepId}' step done for every unit that submitted");

    public static async Task<StepTally> ReadAsync(Uri workflows, TestCluster cluster, IReadOnlySet<string> submitters)
    {
        using var board = new HttpClient { BaseAddress = workflows };
        board.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Board));
        var response = await board.GetAsync($"/workflows/clusters/{cluster.Id}/years/{cluster.Year}/progress");
        if (!response.IsSuccessStatusCode) return new StepTally(submitters, []);
        var progress = await response.Content.ReadFromJsonAsync<JsonElement>();
        var units = progress.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == StepId)
            .GetProperty("units").EnumerateArray()
            .Select(u => (u.GetProperty("unitId").GetString()!, u.GetProperty("completedAt").ValueKind != JsonValueKind.Null));
        return new StepTally(submitters, [.. units]);
    }
}
