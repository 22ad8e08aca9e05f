using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tdkt.Calendar;
using Tdkt.Dossier.Documents;
using Tdkt.Dossier.Inputs;
using Tdkt.Dossier.Templates;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Files;

namespace Tdkt.Dossier.Versions;

/// <summary>
/// Writes a draft: the four documents from the year's decisions and scores, each from the cluster's template or
/// else the default, and each nominated unit's achievement report exactly as uploaded, packaged and kept in the
/// shared file store under the package's SHA-256.
/// </summary>
public sealed class DraftAssembly(DossierDb db, FileStore files, TimeProvider time, PdfCopies pdfs, DossierProvince province,
    ILogger<DraftAssembly> log)
{
    /// <summary>The first draft, once both the final scores and the nominations are in; never a second one.</summary>
    public async Task FirstDraftAsync(DossierYear year, CancellationToken ct)
    {
        if (year.Scores is null || year.Nominations is null) return;
        if (await db.Versions.AnyAsync(v => v.ClusterId == year.ClusterId && v.Year == year.Year, ct)) return;
        // The year's announcement travels on its own queue and may come second: fail, so the bus retries the message.
        if (await db.ReadYearAsync(year.ClusterId, year.Year, ct) is null)
            throw new InvalidOperationException($"The dossier service does not know {year.ClusterId} {year.Year} yet; the draft waits for it.");
        db.Versions.Add(await WriteAsync(year, 1, ct));
    }

    public async Task<DossierVersion> WriteAsync(DossierYear year, int version, CancellationToken ct)
    {
        var copy = (await db.ReadYearAsync(year.ClusterId, year.Year, ct))!;
        var nominations = year.NominationsDecided!;
        string Name(string unit) => copy.Members.FirstOrDefault(m => m.UnitId == unit)?.Name ?? unit;
        var head = Name(copy.HeadUnitId);
        var input = new DossierInput(year.ClusterId, copy.ClusterName, year.Year, copy.HeadUnitId, head, null,
            VietnamTime.Today(time), Place(head), "TRƯỞNG CỤM", "",
            ["Ban Thi đua – Khen thưởng tỉnh", $"Các đơn vị thành viên {copy.ClusterName}", "Lưu: VT"],
            nominations, year.ScoresFinalized!, year.LeadershipElected, province.Name);
        var own = await db.Templates.AsNoTracking().Where(t => t.ClusterId == year.ClusterId).ToListAsync(ct);
        var parts = new List<PackagePart>();
        foreach (var kind in TemplateKinds.All)
            parts.Add(new(kind.FileName, kind.Id, kind.Write(input, await ClusterTemplates.ContentAsync(files, own.FirstOrDefault(t => t.Kind == kind.Id), log, ct))));
        parts.AddRange(await AchievementReportsAsync(year, nominations.Awards.SelectMany(a => a.Winners).Distinct().ToList(), ct));
        var now = time.GetUtcNow();
        var (zip, entries) = Package.Build(year.ClusterId, year.Year, version, now, await pdfs.BesideDocumentsAsync(parts, ct));
        var stored = await files.SaveAsync(new MemoryStream(zip), ct);
        return new DossierVersion
        {
            ClusterId = year.ClusterId, Year = year.Year, Version = version, Status = DossierStatus.Draft, CreatedAt = now,
            PackageSha256 = stored.Sha256, PackageSize = stored.Size, Files = entries,
        };
    }

    /// <summary>The latest achievement report of each nominated unit, its files in order, named by unit.</summary>
    private async Task<List<PackagePart>> AchievementReportsAsync(DossierYear year, List<string> units, CancellationToken ct)
    {
        var reports = await db.AchievementReports.AsNoTracking()
            .Where(r => r.ClusterId == year.ClusterId && r.Year == year.Year && units.Contains(r.UnitId)).ToListAsync(ct);
        var parts = new List<PackagePart>();
        var n = 5;
        foreach (var report in reports.GroupBy(r => r.UnitId).Select(g => g.OrderBy(r => r.SubmittedAt).Last()).OrderBy(r => units.IndexOf(r.UnitId)))
            foreach (var file in report.Files)
            {
                if (await files.ReadAllBytesAsync(file.Sha256, ct) is not { } content) continue;
                parts.Add(new($"{n++:00}-bao-cao-thanh-tich-{report.UnitId}{Path.GetExtension(file.Name)}", "achievement-report", content, report.UnitId));
            }
        return parts;
    }

    /// <summary>"UBND huyện Tủa Chùa" → "Tủa Chùa": the place of the place-and-date line.</summary>
    private static string Place(string unitName)
    {
        foreach (var marker in new[] { "thành phố ", "thị xã ", "huyện ", "quận " })
            if (unitName.IndexOf(marker, StringComparison.OrdinalIgnoreCase) is >= 0 and var at) return unitName[(at + marker.Length)..];
        return unitName;
    }
}
