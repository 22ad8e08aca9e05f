using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>
/// Evidence is cited per criterion: a document's number and date as text, or a file the unit uploaded with a
/// report, by its SHA-256. A hash must be one of the unit's own files of the year, so every point leads to something
/// the head can open.
/// </summary>
public static partial class EvidenceFiles
{
    [GeneratedRegex(@"\A[0-9a-f]{64}\z")]
    private static partial Regex Sha256();

    public static async Task<Validation> CheckEvidenceFilesAsync(this IntakeDb db, string clusterId, int year, string unitId,
        IReadOnlyDictionary<string, CriterionInput> criteria, IReadOnlyDictionary<string, CriterionInput> bonus, CancellationToken ct)
    {
        var v = new Validation();
        var cited = criteria.Select(c => ("criteria", c.Key, c.Value)).Concat(bonus.Select(b => ("bonus", b.Key, b.Value)))
            .SelectMany(x => x.Value.Evidence.Where(e => Sha256().IsMatch(e)).Select(e => (Section: x.Item1, Id: x.Key, Hash: e))).ToList();
        if (cited.Count == 0) return v;
        var uploaded = (await db.Reports.AsNoTracking().Where(r => r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId)
            .SelectMany(r => r.Files.Select(f => f.Sha256)).ToListAsync(ct)).ToHashSet();
        foreach (var (section, id, hash) in cited.Where(c => !uploaded.Contains(c.Hash)))
            v.Add($"{section}[{id}].evidence", $"Tệp minh chứng {hash[..12]}… của tiêu chí {id} chưa được đơn vị tải lên cùng báo cáo của năm.");
        return v;
    }
}
