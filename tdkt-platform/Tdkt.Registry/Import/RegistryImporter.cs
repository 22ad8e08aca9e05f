using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Registry.Accounts;
using Tdkt.Registry.Frameworks;
using Tdkt.Registry.Units;
using Tdkt.Registry.Users;
using Tdkt.Registry.Years;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tdkt.Registry.Import;

public sealed record ImportSummary(int Clusters, int Units, int Years, int YearsOpened, int Users);

/// <summary>
/// Loads a registry YAML file: every problem is reported with its path and nothing is written unless
/// the whole file is valid; what exists is updated, what does not is created, all in one transaction.
/// </summary>
public static class RegistryImporter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static (ImportDocument? Document, Validation Errors) Parse(string yaml)
    {
        var v = new Validation();
        try
        {
            var document = Yaml.Deserialize<ImportDocument?>(yaml) ?? new ImportDocument();
            return (document, v);
        }
        catch (YamlException e)
        {
            v.Add($"dòng {e.Start.Line}, cột {e.Start.Column}", $"Tệp YAML không hợp lệ: {(e.InnerException ?? e).Message}");
            return (null, v);
        }
    }

    /// <param name="accounts">Where the file's users go; without it (offline, the demo data) they are left out.
    /// Users imported here have no password until an administrator resets it.</param>
    public static async Task<(ImportSummary? Summary, Validation Errors)> ImportAsync(
        this RegistryDb db, ImportDocument document, TimeProvider time, CancellationToken ct, AccountDirectory? accounts = null)
    {
        var existingUnits = await db.Units.ToDictionaryAsync(u => u.Id, u => u.ClusterId, ct);
        var v = Validate(document, existingUnits);
        if (!v.IsValid) return (null, v);
        var frameworks = await FrameworksOfAsync(db, document, v, ct);
        if (!v.IsValid) return (null, v);

        // Valid: no list or item below is missing.
        var clusters = document.Clusters!.Select(c => c!).ToList();
        int units = 0, years = 0, opened = 0;
        foreach (var c in clusters)
        {
            if (await db.Clusters.FindAsync([c.Id], ct) is { } cluster) c.Cluster.ApplyTo(cluster);
            else c.Cluster.AddTo(db, time);
            foreach (var u in UnitsIn(c))
            {
                if (await db.Units.FindAsync([u.Id], ct) is { } unit) u.ApplyTo(unit);
                else db.Units.Add(u.ToEntity(c.Id!));
                units++;
            }
            var clusterUnits = UnitsOf(c, existingUnits);
            foreach (var y in YearsIn(c))
            {
                var year = await db.Years.FindAsync([c.Id, y.Year], ct);
                if (year is null) db.Years.Add(year = y.ToEntity(c.Id!, clusterUnits));
                else if (year.OpenedAt is null) y.ApplyTo(year, clusterUnits);
                if (frameworks.GetValueOrDefault(y) is { } framework && db.Assign(year, framework, time) is { } locked)
                    throw new InvalidOperationException(locked); // checked in FrameworksOfAsync
                if (y.Open && year.OpenedAt is null) { await db.OpenAsync(year, time, ct); opened++; }
                years++;
            }
        }
        await db.SaveChangesAsync(ct);
        var users = accounts is null ? [] : document.Users!.Select(u => u!).ToList();
        foreach (var u in users) await accounts!.UpsertAsync(u, withPassword: false);
        return (new ImportSummary(clusters.Count, units, years, opened, users.Count), v);
    }

    /// <summary>The framework version each year names; a year already open keeps its own (an error when the file names another).</summary>
    private static async Task<Dictionary<YearInput, Frameworks.FrameworkVersion>> FrameworksOfAsync(
        RegistryDb db, ImportDocument document, Validation v, CancellationToken ct)
    {
        var found = new Dictionary<YearInput, Frameworks.FrameworkVersion>(ReferenceEqualityComparer.Instance);
        var clusters = document.Clusters!;
        for (var i = 0; i < clusters.Count; i++)
            for (var j = 0; j < clusters[i]!.Years!.Count; j++)
            {
                var y = clusters[i]!.Years![j]!;
                var at = $"clusters[{i}].years[{j}]";
                if (await db.FindAsync(y, at, v, ct) is not { } framework) continue;
                var existing = await db.Years.FindAsync([clusters[i]!.Id, y.Year], ct);
                if (existing is { OpenedAt: not null, FrameworkId: not null }
                    && (existing.FrameworkId, existing.FrameworkVersion) != (framework.FrameworkId, framework.Version))
                    v.Add($"{at}.framework", Frameworks.FrameworkAssignment.Locked(existing));
                else found[y] = framework;
            }
        return found;
    }

    private static Validation Validate(ImportDocument document, IReadOnlyDictionary<string, string> existingUnits)
    {
        var v = new Validation();
        RequireList(v, "clusters", document.Clusters, "danh sách cụm/khối");
        RequireList(v, "users", document.Users, "danh sách người dùng");
        if (!v.IsValid) return v;
        var clusters = document.Clusters!;
        var allUnits = existingUnits.Keys
            .Concat(clusters.SelectMany(c => c?.Units ?? []).Select(u => u?.Id ?? "")).ToHashSet();
        for (var i = 0; i < clusters.Count; i++)
        {
            var c = clusters[i]!;
            var at = $"clusters[{i}]";
            c.Cluster.Validate(v, at);
            RequireList(v, $"{at}.units", c.Units, "danh sách đơn vị");
            RequireList(v, $"{at}.years", c.Years, "danh sách năm thi đua");
            if (c.Units is null || c.Years is null || c.Units.Contains(null) || c.Years.Contains(null)) continue;
            for (var j = 0; j < c.Units.Count; j++)
            {
                c.Units[j]!.Validate(v, $"{at}.units[{j}]");
                if (c.Units[j]!.Id is { } id && existingUnits.TryGetValue(id, out var owner) && owner != c.Id)
                    v.Add($"{at}.units[{j}].id", $"Đơn vị '{id}' đã thuộc cụm/khối '{owner}'.");
            }
            var clusterUnits = UnitsOf(c, existingUnits);
            for (var j = 0; j < c.Years.Count; j++) c.Years[j]!.Validate(v, $"{at}.years[{j}]", clusterUnits);
        }
        for (var i = 0; i < document.Users!.Count; i++) document.Users[i]?.Validate(v, $"users[{i}]", allUnits.Contains);
        return v;
    }

    private static void RequireList<T>(Validation v, string field, IReadOnlyList<T?>? list, string label)
    {
        if (list is null) v.Add(field, $"Mục '{field}' phải là một danh sách (có thể rỗng), không được để trống.");
        else v.Items(field, list, label);
    }

    private static IEnumerable<UnitInput> UnitsIn(ClusterImport c) => c.Units?.Select(u => u!) ?? [];
    private static IEnumerable<YearInput> YearsIn(ClusterImport c) => c.Years?.Select(y => y!) ?? [];

    private static List<string> UnitsOf(ClusterImport c, IReadOnlyDictionary<string, string> existingUnits) =>
        existingUnits.Where(e => e.Value == c.Id).Select(e => e.Key)
            .Concat(UnitsIn(c).Select(u => u.Id!)).Distinct().ToList();
}
