using System.Net.Http.Json;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Testing;

/// <summary>
/// The shipped frameworks and their hand-checked sample sheets (tdkt-platform/frameworks/samples), read with
/// the scoring library, so tests submit exactly the figures whose results were checked by hand.
/// </summary>
public sealed class SampleSheets
{
    public Framework Framework { get; }
    public string FrameworkYaml { get; }
    public ClusterSheets Sheets { get; }

    private SampleSheets(string frameworkId)
    {
        var dir = Path.Combine(ServiceProcess.RepositoryRoot(), "tdkt-platform", "frameworks");
        FrameworkYaml = File.ReadAllText(Path.Combine(dir, $"{frameworkId}.yaml"));
        Framework = FrameworkLoader.Load(FrameworkYaml).Value!;
        Sheets = SheetsLoader.Load(File.ReadAllText(Path.Combine(dir, "samples", $"{frameworkId}.yaml")), Framework).Value!;
    }

    public static SampleSheets Of(string frameworkId) => new(frameworkId);

    public UnitSheet Unit(string unitId) => Sheets.Units.Single(u => u.UnitId == unitId);

    /// <summary>The unit's sheet as the body of a self-assessment (criteria and bonus with every input field).</summary>
    public JsonContent Body(string unitId) => JsonContent.Create(Request(Unit(unitId)));

    public static object Request(UnitSheet sheet) => new
    {
        criteria = sheet.Criteria.Select(c => Entry(c.Key, c.Value)).ToList(),
        bonus = sheet.Bonus.Select(c => Entry(c.Key, c.Value)).ToList(),
    };

    public static object Entry(string id, CriterionInput i) => new
    {
        criterionId = id, score = i.Score, points = i.Points, tier = i.Tier, value = i.Value, plan = i.Plan,
        count = i.Count, counts = i.Counts.Count == 0 ? null : i.Counts, total = i.Total, done = i.Done, note = i.Note, evidence = i.Evidence,
    };
}
