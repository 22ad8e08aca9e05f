using Tdkt.Registry.Import;
using Tdkt.Registry.Units;
using Tdkt.Registry.Years;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Cli;

/// <summary>
/// The cluster-years `tdkt simulate` can play: the opened years of the shipped demo data whose cluster
/// has a shipped workflow. Checked before the host starts, so a typo fails at once, not after a timeout.
/// </summary>
public static class DemoYears
{
    /// <returns>Why the simulation cannot run (Vietnamese, one line), or null.</returns>
    public static string? Refusal(string clusterId, int year, (string Step, string Unit)? miss)
    {
        var clusters = ShippedData.Files().Select(f => RegistryImporter.Parse(f.Yaml).Document).OfType<ImportDocument>()
            .SelectMany(d => d.Clusters ?? []).OfType<ClusterImport>().Where(c => c.Id is not null && ClusterAssignment.Defaults.ContainsKey(c.Id)).ToList();
        var cluster = clusters.FirstOrDefault(c => c.Id == clusterId);
        if (cluster is null)
            return $"Không có cụm/khối '{clusterId}' trong dữ liệu mẫu; chọn một trong: {string.Join(", ", clusters.Select(c => c.Id))}.";
        var opened = (cluster.Years ?? []).OfType<YearInput>().Where(y => y.Open && y.Year is not null).ToList();
        var chosen = opened.FirstOrDefault(y => y.Year == year);
        if (chosen is null)
            return $"Cụm/khối '{clusterId}' không có năm thi đua {year} trong dữ liệu mẫu; có: {string.Join(", ", opened.Select(y => y.Year))}.";
        if (miss is not { } m) return null;
        var definition = WorkflowDefinitionLoader.Load(ShippedDefinitions.Texts[ClusterAssignment.Defaults[clusterId] + ".yaml"]).Definition!;
        if (definition.Step(m.Step) is null)
            return $"Quy trình '{definition.Id}' không có bước '{m.Step}'; có: {string.Join(", ", definition.Steps.Select(s => s.Id))}.";
        var members = chosen.Members?.OfType<string>().ToList() ?? (cluster.Units ?? []).OfType<UnitInput>().Select(u => u.Id!).ToList();
        return members.Contains(m.Unit) ? null
            : $"Đơn vị '{m.Unit}' không thuộc cụm/khối '{clusterId}' năm {year}; có: {string.Join(", ", members)}.";
    }
}
