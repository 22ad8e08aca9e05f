using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Audit;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Excel;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>
/// The head's offline round trip: a unit's score table downloaded pre-filled (self points, evidence, current appraised
/// points), filled in Excel, and uploaded back. Every problem comes back by cell; nothing is saved unless the whole
/// sheet is valid. A changed appraised point becomes the criterion's appraised value, in points, with the cell as its reason.
/// </summary>
public static class AppraisalWorkbook
{
    private const long MaxBytes = 5 * 1024 * 1024;
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapAppraisalWorkbookApi(this RouteGroupBuilder year)
    {
        year.MapGet("/units/{unitId}/sheet", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string clusterId, int year, string unitId,
            ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct) =>
        {
            var (c, problem) = await db.LeadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            if (c!.Year.Members.FirstOrDefault(m => m.UnitId == unitId) is not { } member)
                return Problems.NotFound($"Đơn vị '{unitId}' không thuộc {c.Year.ClusterName} năm {year}.");
            var (self, appraised) = Scored(c, await db.BuildAsync(c.Year, ct), unitId);
            var evidence = c.Framework.AllCriteria.Concat(c.Framework.Bonus.Items).Select(x => x.Id).Distinct()
                .ToDictionary(id => id, id => appraised.Evidence.GetValueOrDefault(id));
            var prefill = appraised.Points.ToDictionary(p => p.Key, p => new ScoreSheetExporter.PrefilledRow(
                self.Points.GetValueOrDefault(p.Key), evidence.GetValueOrDefault(p.Key), p.Value));
            using var output = new MemoryStream();
            ScoreSheetExporter.Export(c.Framework, member.Name, output, prefill, time.GetUtcNow());
            return TypedResults.File(output.ToArray(), Xlsx, $"Phieu-cham-{unitId}-{year}.xlsx");
        });

        year.MapPost("/units/{unitId}/sheet", UploadAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data");
    }

    private static async Task<Results<Ok<SheetUpload>, ValidationProblem, ProblemHttpResult>> UploadAsync(string clusterId, int year, string unitId,
        HttpRequest request, ClaimsPrincipal user, AppraisalDb db, TimeProvider time, CancellationToken ct)
    {
        var (c, problem) = await db.LeadAsync(clusterId, year, user, ct, open: true);
        if (problem is not null) return problem;
        if (!c!.Year.HasMember(unitId)) return Problems.NotFound($"Đơn vị '{unitId}' không thuộc {c.Year.ClusterName} năm {year}.");
        var (form, unreadable) = await request.ReadFormBodyAsync("trường 'file' chứa bảng tính .xlsx", ct);
        if (unreadable is not null) return unreadable;
        if (form!.Files.GetFile("file") is not { Length: > 0 and <= MaxBytes } file)
            return Validation.Problem("file", "Cần một tệp .xlsx (tối đa 5 MB) ở trường 'file'.");
        await using var stream = file.OpenReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        copy.Position = 0;
        var readAt = ScoreSheetExporter.AsOf(copy);
        var imported = ScoreSheetImporter.Import(copy, c.Framework);
        var v = new Validation();
        foreach (var e in imported.Errors) v.Add(e.Path.Length == 0 ? "file" : e.Path, e.Message);
        if (!v.IsValid) return v.ToProblem();

        var sheets = await db.BuildAsync(c.Year, ct);
        var sheet = sheets.Appraised.Units.First(u => u.UnitId == unitId);
        var (_, current) = Scored(c, sheets, unitId);
        var changes = imported.Value!.Rows.Where(r => r.Appraised is { } a && (!current.Points.TryGetValue(r.CriterionId, out var now) || now != a)).ToList();
        foreach (var r in changes)
            foreach (var (_, messages) in ValueCheck.Check(c.Framework, sheet, r.IsBonus ? "bonus" : "criteria", r.CriterionId,
                         new CriterionInput { Points = r.Appraised, Evidence = r.Evidence }).Errors)
                foreach (var m in messages) v.Add($"F{r.Row}", m);
        if (!v.IsValid) return v.ToProblem();
        if (await ChangedSinceAsync(db, c, unitId, changes, readAt, ct) is { } stale) return stale;

        foreach (var r in changes)
        {
            var section = r.IsBonus ? "bonus" : "criteria";
            var stored = await db.AppraisedValues.FindAsync([clusterId, year, unitId, section, r.CriterionId], ct);
            var old = stored?.Input.Describe() ?? $"điểm {current.Points.GetValueOrDefault(r.CriterionId)}";
            if (stored is null)
                db.AppraisedValues.Add(stored = new AppraisedValue { ClusterId = clusterId, Year = year, UnitId = unitId, Section = section, CriterionId = r.CriterionId, Comment = "", By = "" });
            var input = new CriterionInput { Points = r.Appraised, Evidence = r.Evidence };
            (stored.Input, stored.Comment, stored.By, stored.At, stored.Revision) = (input, $"Nhập từ bảng tính Excel (ô F{r.Row})", user.Who(), time.GetUtcNow(), stored.Revision + 1);
            db.Record(c, user, time, "value", unitId, r.CriterionId, old, input.Describe(), stored.Comment);
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new SheetUpload(unitId, changes.Select(r => r.CriterionId).ToList()));
    }

    /// <summary>
    /// The same rule as saving one criterion: a value someone saved after this sheet was read is not overwritten unseen.
    /// A sheet that does not say when it was read (made elsewhere) may change only values nobody appraised yet.
    /// </summary>
    private static async Task<ProblemHttpResult?> ChangedSinceAsync(AppraisalDb db, AppraisalContext c, string unitId,
        IReadOnlyList<ImportedRow> changes, DateTimeOffset? readAt, CancellationToken ct)
    {
        var ids = changes.Select(r => r.CriterionId).ToList();
        var stored = await db.AppraisedValues.AsNoTracking()
            .Where(x => x.ClusterId == c.Year.ClusterId && x.Year == c.Year.Year && x.UnitId == unitId && ids.Contains(x.CriterionId)).ToListAsync(ct);
        var stale = changes.Select(r => (Row: r, Value: stored.FirstOrDefault(x => x.CriterionId == r.CriterionId && x.Section == (r.IsBonus ? "bonus" : "criteria"))))
            .Where(x => x.Value is not null && (readAt is null || x.Value.At > readAt)).ToList();
        if (stale.Count == 0) return null;
        return TypedResults.Problem(
            "Sau khi tải bảng tính về, đã có người thẩm định lại: " +
            string.Join("; ", stale.Select(x => $"ô F{x.Row.Row} (tiêu chí {x.Row.CriterionId}): {x.Value!.Input.Describe()} do {x.Value.By} lưu")) +
            ". Hãy tải bảng tính mới rồi nhập lại; không có giá trị nào được lưu.",
            statusCode: StatusCodes.Status409Conflict, title: "Xung đột dữ liệu",
            extensions: new Dictionary<string, object?> { ["current"] = stale.Select(x => x.Value).ToList() });
    }

    private sealed record LeafPoints(IReadOnlyDictionary<string, decimal> Points, IReadOnlyDictionary<string, string> Evidence);

    /// <summary>Each leaf's points, as the unit scored itself and as appraised now (with the evidence cited).</summary>
    private static (LeafPoints Self, LeafPoints Appraised) Scored(AppraisalContext c, ClusterSheetBuilder.Sheets sheets, string unitId)
    {
        LeafPoints Of(ClusterSheets s)
        {
            var r = ClusterScorer.Score(c.Framework, s);
            var unit = r.IsValid ? r.Value!.Units.First(u => u.UnitId == unitId) : null;
            var leaves = unit is null ? [] : AppraisalTable.Leaves(unit.Groups.SelectMany(g => g.Criteria).Concat(unit.BonusItems)).ToList();
            return new(leaves.ToDictionary(x => x.Id, x => x.Points), leaves.Where(x => x.Evidence.Count > 0).ToDictionary(x => x.Id, x => string.Join("\n", x.Evidence)));
        }
        return (Of(sheets.Self), Of(sheets.Appraised));
    }
}

/// <summary>What an upload changed: the criteria whose appraised points differ from before.</summary>
public sealed record SheetUpload(string UnitId, IReadOnlyList<string> Changed);
