using Tdkt.Contracts;
using Tdkt.Platform.Messaging;
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
        v.Id(RegistryRules.Join(prefix, "id"), Id, "Mã cụm/khối");
        v.Text(RegistryRules.Join(prefix, "name"), Name, "Tên cụm/khối");
        v.OptionalText(RegistryRules.Join(prefix, "authority"), Authority, "Cơ quan chủ trì");
        v.Check(Kind is null || TryKind(Kind, out _), RegistryRules.Join(prefix, "kind"),
            "Loại không hợp lệ: chỉ nhận 'cluster' (cụm) hoặc 'block' (khối).");
    }

    public void ApplyTo(Cluster cluster)
    {
        cluster.Name = Name!.Trim();
        cluster.Kind = Kind is null ? ClusterKind.Cluster : Parse(Kind);
        cluster.Authority = Authority?.Trim();
    }

    /// <summary>Adds the new cluster and announces it (ClusterRegistered) in the caller's SaveChanges.</summary>
    public Cluster AddTo(RegistryDb db, TimeProvider time)
    {
        var cluster = new Cluster { Id = Id!, Name = "" };
        ApplyTo(cluster);
        db.Clusters.Add(cluster);
        db.PublishViaOutbox(new ClusterRegistered(cluster.Id, cluster.Name, time.GetUtcNow()), time);
        return cluster;
    }

    private static ClusterKind Parse(string kind) => TryKind(kind, out var k) ? k : ClusterKind.Cluster;

    private static bool TryKind(string kind, out ClusterKind parsed) =>
        Enum.TryParse(kind, ignoreCase: true, out parsed) && Enum.IsDefined(parsed);
}
