using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Excel;

/// <summary>Turns one table line into a criterion or deduction entry, or into errors named by cell.</summary>
internal sealed class RowReader(Framework framework)
{
    private readonly Dictionary<string, Criterion> _criteria = framework.AllCriteria
        .Concat(framework.Bonus.Items.SelectMany(c => c.SelfAndDescendants))
        .Concat(framework.Bonus.HeadBonus is { } h ? [h] : [])
        .ToDictionary(c => c.Id);

    private readonly HashSet<string> _bonus = framework.Bonus.Items.SelectMany(c => c.SelfAndDescendants)
        .Select(c => c.Id).Concat(framework.Bonus.HeadBonus is { } h ? [h.Id] : []).ToHashSet();

    public List<ValidationError> Errors { get; } = [];
    public List<ImportedRow> Rows { get; } = [];
    public List<ImportedDeduction> Deductions { get; } = [];

    public void Criterion(string id, object?[] cells, int row)
    {
        if (!_criteria.TryGetValue(id, out var c))
        {
            Errors.Add(new($"{SheetLayout.Id}{row}", $"Không có tiêu chí mã \"{id}\" trong bảng điểm"));
            return;
        }
        var self = Points(c, Cells.At(cells, 3), $"{SheetLayout.Self}{row}");
        var appraised = Points(c, Cells.At(cells, 5), $"{SheetLayout.Appraised}{row}");
        if (!c.HasChildren)
            Rows.Add(new(id, row, _bonus.Contains(id), id == framework.Bonus.HeadBonus?.Id, self, appraised, Cells.Lines(Cells.At(cells, 4))));
    }

    public void Deduction(string id, object?[] cells, int row)
    {
        if (framework.Deductions.All(d => d.Id != id))
        {
            Errors.Add(new($"{SheetLayout.Id}{row}", $"Không có loại điểm trừ \"{id}\" trong bảng điểm"));
            return;
        }
        var self = Count(Cells.At(cells, 3), $"{SheetLayout.Self}{row}");
        var appraised = Count(Cells.At(cells, 5), $"{SheetLayout.Appraised}{row}");
        var reason = Cells.Lines(Cells.At(cells, 4));
        if ((self > 0 || appraised > 0) && reason.Count == 0)
            Errors.Add(new($"{SheetLayout.Evidence}{row}", "Điểm trừ phải ghi lý do"));
        if (self > 0 || appraised > 0) Deductions.Add(new(id, row, self ?? 0, appraised ?? 0, reason));
    }

    private decimal? Points(Criterion c, object? value, string cell)
    {
        if (Cells.IsEmpty(value)) return null;
        if (c.HasChildren) return Fail(cell, "Tiêu chí có tiêu chí con: nhập điểm ở các tiêu chí con");
        if (Cells.Number(value) is not { } points) return Fail(cell, $"\"{value}\" không phải là số");
        if (points < 0) return Fail(cell, $"{Num.F(points)} không được âm");
        if (points > c.Max) return Fail(cell, $"{Num.F(points)} vượt điểm tối đa {Num.F(c.Max)}");
        if (c.FixedPoints is { } allowed && !allowed.Contains(points))
            return Fail(cell, $"{Num.F(points)} không phải mức điểm của tiêu chí ({string.Join("; ", allowed.Select(Num.F))})");
        return points;
    }

    private int? Count(object? value, string cell)
    {
        if (Cells.IsEmpty(value)) return null;
        if (Cells.Number(value) is { } n && n >= 0 && n == decimal.Truncate(n) && n < 10_000) return (int)n;
        Errors.Add(new(cell, $"\"{value}\" phải là số lần (số nguyên không âm)"));
        return null;
    }

    private decimal? Fail(string cell, string message)
    {
        Errors.Add(new(cell, message));
        return null;
    }
}
