using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tdkt.Scoring.Model;

namespace Tdkt.Scoring.Excel;

/// <summary>
/// Writes a unit's score table for a framework (.xlsx): code, criterion, maximum, self score, evidence,
/// appraised score and how to score. Points are entered on leaf criteria and bonus items only.
/// With <paramref name="prefill"/> the self and appraised points and the evidence already known are written in,
/// so a head fills in only what changes.
/// </summary>
public static class ScoreSheetExporter
{
    /// <param name="asOf">When the pre-filled values were read; kept as the workbook's creation time (Excel keeps it when
    /// saving), so an upload can tell which values someone else changed since.</param>
    public static void Export(Framework framework, string unitName, Stream output, IReadOnlyDictionary<string, PrefilledRow>? prefill = null,
        DateTimeOffset? asOf = null)
    {
        var known = prefill ?? new Dictionary<string, PrefilledRow>();
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        // The package keeps whole seconds: rounded up, a value saved just before the download is not taken for a later one.
        if (asOf is { } at) doc.PackageProperties.Created = new DateTime(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerSecond + TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        sheet.Worksheet = new Worksheet(Columns(), data);
        workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetLayout.SheetName }));

        var rows = new RowWriter(data);
        rows.Add(1, (SheetLayout.Id, $"Bảng chấm điểm: {framework.Name} (thang {framework.Scale.ToString(CultureInfo.InvariantCulture)})"));
        rows.Add(2, (SheetLayout.Id, $"Đơn vị: {unitName}"));
        rows.Add(SheetLayout.HeaderRow, SheetLayout.Headers.Select((h, i) => (((char)('A' + i)).ToString(), (object)h)).ToArray());
        var row = SheetLayout.FirstDataRow;
        foreach (var g in framework.Groups)
        {
            rows.Add(row++, (SheetLayout.Id, SheetLayout.SectionPrefix + g.Id), (SheetLayout.Name, g.Name.ToUpperInvariant()), (SheetLayout.Max, g.Max));
            foreach (var c in g.Criteria) row = Criterion(rows, c, 0, row, known);
        }
        var bonus = framework.Bonus.Items.ToList();
        if (framework.Bonus.HeadBonus is { } head) bonus.Add(head);
        if (bonus.Count > 0)
        {
            rows.Add(row++, (SheetLayout.Id, SheetLayout.SectionPrefix + "bonus"), (SheetLayout.Name, "ĐIỂM THƯỞNG"), (SheetLayout.Max, framework.Bonus.TotalCap));
            foreach (var c in bonus) row = Criterion(rows, c, 0, row, known);
        }
        if (framework.Deductions.Count > 0)
        {
            rows.Add(row++, (SheetLayout.Id, SheetLayout.SectionPrefix + SheetLayout.DeductionsSection),
                (SheetLayout.Name, "ĐIỂM TRỪ (ghi số lần ở cột Điểm tự chấm / Điểm Cụm chấm, lý do ở cột Minh chứng)"));
            foreach (var d in framework.Deductions)
                rows.Add(row++, (SheetLayout.Id, d.Id), (SheetLayout.Name, d.Name), (SheetLayout.Max, d.Points),
                    (SheetLayout.Guide, $"Trừ {Validation.Num.F(d.Points)} điểm mỗi lần"));
        }
        workbook.Workbook.Save();
    }

    private static int Criterion(RowWriter rows, Criterion c, int depth, int row, IReadOnlyDictionary<string, PrefilledRow> known)
    {
        var cells = new List<(string, object)>
        {
            (SheetLayout.Id, c.Id), (SheetLayout.Name, new string(' ', depth * 3) + c.Name), (SheetLayout.Max, c.Max),
        };
        if (!c.HasChildren && known.TryGetValue(c.Id, out var p))
        {
            if (p.Self is { } self) cells.Add((SheetLayout.Self, self));
            if (!string.IsNullOrEmpty(p.Evidence)) cells.Add((SheetLayout.Evidence, p.Evidence));
            if (p.Appraised is { } appraised) cells.Add((SheetLayout.Appraised, appraised));
        }
        cells.Add((SheetLayout.Guide, Guide.For(c)));
        rows.Add(row++, [.. cells]);
        foreach (var child in c.Children) row = Criterion(rows, child, depth + 1, row, known);
        return row;
    }

    private static Columns Columns() => new(
        Width(1, 10), Width(2, 70), Width(3, 12), Width(4, 14), Width(5, 40), Width(6, 16), Width(7, 60));

    private static Column Width(uint index, double width) =>
        new() { Min = index, Max = index, Width = width, CustomWidth = true };

    /// <summary>When the workbook says its values were read (see <c>asOf</c>), or null for a workbook made elsewhere.</summary>
    public static DateTimeOffset? AsOf(Stream xlsx)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(xlsx, false);
            return doc.PackageProperties.Created is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or ArgumentException)
        {
            return null;
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    /// <summary>The known values of one criterion's line (columns D, E and F).</summary>
    public sealed record PrefilledRow(decimal? Self, string? Evidence, decimal? Appraised);

    private sealed class RowWriter(SheetData data)
    {
        public void Add(int row, params (string Column, object Value)[] cells)
        {
            var r = new Row { RowIndex = (uint)row };
            foreach (var (column, value) in cells) r.Append(Cell($"{column}{row}", value));
            data.Append(r);
        }

        private static Cell Cell(string reference, object value) => value is decimal d
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }) };
    }
}
