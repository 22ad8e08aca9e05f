using System.Globalization;
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
        var errors = new List<ValidationError>();
        var leaves = framework.AllCriteria.ToDictionary(c => c.Id);
        var bonus = framework.Bonus.Items.SelectMany(c => c.SelfAndDescendants).ToList();
        if (framework.Bonus.HeadBonus is { } head) bonus.Add(head);
        var bonusIds = bonus.Select(b => b.Id).ToHashSet();
        foreach (var b in bonus) leaves[b.Id] = b;
        var imported = new List<ImportedRow>();
        for (var i = SheetLayout.FirstDataRow - 1; i < rows.Count; i++)
        {
            var row = i + 1;
            var id = Text(Cell(rows[i], 0));
            if (id is null || id.StartsWith(SheetLayout.SectionPrefix, StringComparison.Ordinal)) continue;
            if (!leaves.TryGetValue(id, out var c))
            {
                errors.Add(new($"{SheetLayout.Id}{row}", $"Không có tiêu chí mã \"{id}\" trong bảng điểm"));
                continue;
            }
            var self = Points(c, Cell(rows[i], 3), $"{SheetLayout.Self}{row}", errors);
            var appraised = Points(c, Cell(rows[i], 5), $"{SheetLayout.Appraised}{row}", errors);
            var evidence = Text(Cell(rows[i], 4)) is { } e ? e.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (!c.HasChildren)
                imported.Add(new ImportedRow(id, row, bonusIds.Contains(id), id == framework.Bonus.HeadBonus?.Id, self, appraised, evidence));
        }
        var unit = rows.Count > 1 ? Text(Cell(rows[1], 0))?.Replace("Đơn vị:", "").Trim() : null;
        return errors.Count > 0 ? Result<ImportedScoreSheet>.Fail(errors) : Result<ImportedScoreSheet>.Ok(new(unit, imported));
    }

    private static decimal? Points(Criterion c, object? value, string cell, List<ValidationError> errors)
    {
        if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) return null;
        if (c.HasChildren)
        {
            errors.Add(new(cell, "Tiêu chí có tiêu chí con: nhập điểm ở các tiêu chí con"));
            return null;
        }
        if (Number(value) is not { } points)
        {
            errors.Add(new(cell, $"\"{value}\" không phải là số"));
            return null;
        }
        if (points < 0) errors.Add(new(cell, $"{Num.F(points)} không được âm"));
        else if (points > c.Max) errors.Add(new(cell, $"{Num.F(points)} vượt điểm tối đa {Num.F(c.Max)}"));
        else if (c.FixedPoints is { } allowed && !allowed.Contains(points))
            errors.Add(new(cell, $"{Num.F(points)} không phải mức điểm của tiêu chí ({string.Join("; ", allowed.Select(Num.F))})"));
        else return points;
        return null;
    }

    private static decimal? Number(object value) => value switch
    {
        double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e12 => Math.Round((decimal)d, 6),
        // No thousands separators: "1,5" typed the Vietnamese way is 1,5, never 15.
        string s when decimal.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) => v,
        string s when decimal.TryParse(s.Trim(), NumberStyles.Float, Num.Vietnamese, out var v) => v,
        _ => null,
    };

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

    private static object? Cell(object?[] row, int index) => index < row.Length ? row[index] : null;

    private static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() is { Length: > 0 } s ? s : null,
    };
}
