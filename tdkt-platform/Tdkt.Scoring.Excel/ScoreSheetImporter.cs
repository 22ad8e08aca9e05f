using System.Text;
using ExcelDataReader;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Excel;

/// <summary>
/// Reads a filled score table (.xlsx as exported) and reports every problem by cell, e.g.
/// <c>D17: 62 vượt điểm tối đa 60</c>. Never throws for a bad file.
/// </summary>
public static class ScoreSheetImporter
{
    static ScoreSheetImporter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Result<ImportedScoreSheet> Import(Stream xlsx, Framework framework)
    {
        List<object?[]> rows;
        try
        {
            rows = ReadRows(xlsx);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ExcelDataReader throws many types for damaged or foreign files; to the user they all mean the same.
            return Result<ImportedScoreSheet>.Fail([new ValidationError("", $"Tệp không phải bảng tính Excel (.xlsx) hợp lệ: {ex.Message}")]);
        }
        var reader = new RowReader(framework);
        var inDeductions = false;
        for (var i = SheetLayout.FirstDataRow - 1; i < rows.Count; i++)
        {
            var id = Cells.Text(Cells.At(rows[i], 0));
            if (id is null) continue;
            if (id.StartsWith(SheetLayout.SectionPrefix, StringComparison.Ordinal))
                inDeductions = id == SheetLayout.SectionPrefix + SheetLayout.DeductionsSection;
            else if (inDeductions) reader.Deduction(id, rows[i], i + 1);
            else reader.Criterion(id, rows[i], i + 1);
        }
        var unit = rows.Count > 1 ? Cells.Text(Cells.At(rows[1], 0))?.Replace("Đơn vị:", "").Trim() : null;
        return reader.Errors.Count > 0
            ? Result<ImportedScoreSheet>.Fail(reader.Errors)
            : Result<ImportedScoreSheet>.Ok(new(unit, reader.Rows, reader.Deductions));
    }

    private static List<object?[]> ReadRows(Stream xlsx)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(xlsx, new ExcelReaderConfiguration { LeaveOpen = true });
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++) values[i] = reader.GetValue(i);
            rows.Add(values);
        }
        return rows;
    }
}
