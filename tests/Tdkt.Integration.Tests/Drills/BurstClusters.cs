using System.Text;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>A unit of a burst, with the cluster it submits in.</summary>
public sealed record BurstUnit(string ClusterId, string Id);

/// <summary>
/// Many clusters of many units on the test framework, their year open, with ids unique to this instance: the crowd
/// of a deadline evening, each unit sending one self-assessment.
/// </summary>
public sealed class BurstClusters
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public BurstClusters(int clusters, int unitsEach)
    {
        ClusterIds = [.. Enumerable.Range(1, clusters).Select(c => $"burst-{_suffix}-{c}")];
        Units = [.. ClusterIds.SelectMany(c => Enumerable.Range(1, unitsEach).Select(u => new BurstUnit(c, $"{c}-dv{u}")))];
    }

    public int Year => 2025;
    public IReadOnlyList<string> ClusterIds { get; }
    public IReadOnlyList<BurstUnit> Units { get; }

    public string SelfAssessmentsOf(BurstUnit unit) => $"/intake/clusters/{unit.ClusterId}/years/{Year}/units/{unit.Id}/self-assessments";

    public Task ImportAsync(Uri registry) => TestCluster.ImportAsync(registry, Yaml());

    private string Yaml()
    {
        var yaml = new StringBuilder("clusters:\n");
        foreach (var (cluster, index) in ClusterIds.Select((c, i) => (c, i + 1)))
        {
            var units = Units.Where(u => u.ClusterId == cluster).ToList();
            yaml.Append($"  - id: {cluster}\n    name: Cụm thi đua số {index}\n    units:\n");
            foreach (var (unit, n) in units.Select((u, i) => (u, i + 1)))
                yaml.Append($"      - {{ id: {unit.Id}, name: Đơn vị {n} của cụm {index} }}\n");
            yaml.Append($"    years:\n      - {{ year: {Year}, head: {units[0].Id}, open: true, framework: {TestCluster.FrameworkId} }}\n");
        }
        return yaml.ToString();
    }
}
