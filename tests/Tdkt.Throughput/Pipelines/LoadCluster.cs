using System.Text;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines;

/// <summary>Clusters of many units on the tests' small points table: one self-assessment per unit is the load.</summary>
public sealed record LoadCluster(string Prefix, int Clusters, int UnitsPerCluster)
{
    /// <summary>The emulation year every cluster opens.</summary>
    public int Year { get; init; } = 2025;

    public int Units => Clusters * UnitsPerCluster;

    /// <summary>The framework every year opens on; the tests' small points table unless another is given.</summary>
    public string FrameworkId { get; init; } = TestCluster.FrameworkId;
    public string FrameworkYaml { get; init; } = TestCluster.FrameworkYaml;

    public string ClusterId(int c) => $"{Prefix}-{c:D3}";
    public string UnitId(int c, int u) => $"{Prefix}-{c:D3}-{u:D3}";
    public IEnumerable<string> UnitIds(int c) => Enumerable.Range(0, UnitsPerCluster).Select(u => UnitId(c, u));

    public string Yaml
    {
        get
        {
            var yaml = new StringBuilder("clusters:\n");
            for (var c = 0; c < Clusters; c++)
            {
                yaml.Append($"  - id: {ClusterId(c)}\n    name: Cụm tải {c}\n    units:\n");
                for (var u = 0; u < UnitsPerCluster; u++) yaml.Append($"      - {{ id: {UnitId(c, u)}, name: Đơn vị {c}-{u} }}\n");
                yaml.Append($"    years:\n      - {{ year: {Year}, head: {UnitId(c, 0)}, open: true, framework: {FrameworkId} }}\n");
            }
            return yaml.ToString();
        }
    }

    public Task ImportAsync(Uri registry) => TestCluster.ImportAsync(registry, Yaml, FrameworkYaml);

    /// <summary>Each unit's own submission, with its token made beforehand: a user's browser has its token already.</summary>
    public IReadOnlyList<Submission> Submissions() =>
        [.. from c in Enumerable.Range(0, Clusters)
            from u in Enumerable.Range(0, UnitsPerCluster)
            select new Submission($"/intake/clusters/{ClusterId(c)}/years/{Year}/units/{UnitId(c, u)}/self-assessments",
                ServiceHost.Token(Roles.Unit, UnitId(c, u)))];

    public static HttpContent Body() => TestCluster.Body(("1.1", 12.5m));
}

public sealed record Submission(string Path, string Token);
