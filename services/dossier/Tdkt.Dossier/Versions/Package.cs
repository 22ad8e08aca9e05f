using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Tdkt.Dossier.Versions;

/// <summary>
/// One file going into a package, with its kind (proposal-letter, minutes, score-table, vote-count, achievement-report;
/// "{kind}-pdf" for a written document's PDF copy).
/// </summary>
public sealed record PackagePart(string Name, string Kind, byte[] Content, string? UnitId = null);

/// <summary>
/// The dossier as Ban TĐKT receives it: a zip of every document plus manifest.json naming each file's kind and
/// SHA-256, the cluster-year and the version, so the receiver can check nothing was changed on the way.
/// </summary>
public static class Package
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static (byte[] Zip, List<PackageEntry> Entries) Build(string clusterId, int year, int version, DateTimeOffset createdAt,
        IReadOnlyList<PackagePart> parts)
    {
        var entries = parts.Select(p => new PackageEntry
        {
            Name = p.Name, Kind = p.Kind, Sha256 = Convert.ToHexStringLower(SHA256.HashData(p.Content)), Size = p.Content.Length, UnitId = p.UnitId,
        }).ToList();
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts)
            {
                using var entry = zip.CreateEntry(part.Name, CompressionLevel.Optimal).Open();
                entry.Write(part.Content);
            }
            using var manifest = zip.CreateEntry("manifest.json").Open();
            JsonSerializer.Serialize(manifest, new { clusterId, year, version, createdAt, files = entries }, Json);
        }
        return (memory.ToArray(), entries);
    }
}
