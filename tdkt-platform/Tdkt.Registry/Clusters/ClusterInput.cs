using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Clusters;

public sealed record ClusterInput
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    /// <summary>"cluster" (cụm) or "block" (khối); cluster when absent.</summary>
    public string? Kind { get; init; }
    public string? Authority { get; init; }

    public void Validate(Validation v, string prefix)
    {
        v.CheckId(RegistryRules.Join(prefix, "id"), Id, "Mã cụm/khối");
        v.Require(RegistryRules.Join(prefix, "name"), Name, "Tên cụm/khối");
        v.Check(Kind is null || TryKind(Kind, out _), RegistryRules.Join(prefix, "kind"),
            $"Loại '{Kind}' không hợp lệ: chỉ nhận 'cluster' (cụm) hoặc 'block' (khối).");
    }

    public void ApplyTo(Cluster cluster)
    {
        cluster.Name = Name!.Trim();
        cluster.Kind = Kind is null ? ClusterKind.Cluster : Parse(Kind);
        cluster.Authority = Authority?.Trim();
    }

    public Cluster ToEntity()
    {
        var cluster = new Cluster { Id = Id!, Name = "" };
        ApplyTo(cluster);
        return cluster;
    }

    private static ClusterKind Parse(string kind) => TryKind(kind, out var k) ? k : ClusterKind.Cluster;

    private static bool TryKind(string kind, out ClusterKind parsed) =>
        Enum.TryParse(kind, ignoreCase: true, out parsed) && Enum.IsDefined(parsed);
}
