using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Contracts;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The bảng tổng hợp điểm, on a landscape page for its width: per unit in rank order its points in each group
/// (nội dung), bonus, deductions, total, rank and status, with the reasons of a unit not eligible.
/// </summary>
internal static class ScoreTable
{
    public static byte[] Write(DossierInput input) => Decree30Page.Write(true, Content(input));

    private static readonly Look Head = new(Bold: true, Size: 11);
    private static readonly Look Cell = new(Size: 11);

    private static IEnumerable<OpenXmlElement> Content(DossierInput input)
    {
        yield return Decree30Blocks.Header(input, null, true);
        foreach (var e in Decree30Blocks.Title($"Bảng tổng hợp điểm thi đua năm {input.Year}", true, input.ClusterName)) yield return e;
        var letter = input.Number is { } n ? $"số {n}" : "số      /TTr";
        yield return Wx.Para($"(Kèm theo Tờ trình {letter} {Vn.Date(input.Date)} của {input.HeadUnitName})", Look.Slanted, Layout.Center with { After = 240 });
        var groups = input.Scores.Units.FirstOrDefault()?.Groups ?? [];
        yield return Table(input.Scores.Units.OrderBy(u => u.Rank).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList(), groups);
        var number = 0;
        foreach (var group in groups)
            yield return Wx.Para($"Nội dung {Vn.Roman(++number)}: {group.Name} (tối đa {Vn.Number(group.Max)} điểm).", new Look(Italic: true, Size: 12),
                Layout.Left with { Before = number == 1 ? 120 : 0, After = number == groups.Count ? 120 : 0 });
        yield return Decree30Blocks.Closing([new Paragraph()], Decree30Blocks.ClusterSignature(input), true);
    }

    private static Table Table(IReadOnlyList<FinalUnitScore> units, IReadOnlyList<GroupScore> groups)
    {
        var width = Decree30Page.Width(true);
        const int number = 600, unit = 3000, group = 1150, bonus = 1000, deductions = 900, total = 1100, rank = 800, status = 1700;
        var notes = Math.Max(1000, width - number - unit - groups.Count * group - bonus - deductions - total - rank - status);
        int[] widths = [number, unit, .. groups.Select(_ => group), bonus, deductions, total, rank, status, notes];
        string[] heading = ["TT", "Đơn vị", .. groups.Select((g, i) => $"Nội dung {Vn.Roman(i + 1)} ({Vn.Number(g.Max)})"),
            "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp hạng", "Trạng thái", "Ghi chú"];
        var rows = new List<TableRow> { Wx.Row(true, heading.Select((h, i) => Wx.Cell(widths[i], h, Head, JustificationValues.Center)).ToArray()) };
        rows.AddRange(units.Select((u, i) =>
        {
            string[] values = [(i + 1).ToString(), u.UnitName, .. groups.Select(g => Points(u, g.GroupId)),
                Vn.Number(u.Bonus), Vn.Number(u.Deductions), Vn.Number(u.Total), u.Rank.ToString(), Vn.Status(u.Status), string.Join("; ", u.Reasons)];
            return Wx.Row(false, values.Select((v, c) => Wx.Cell(widths[c], v, c == 4 + groups.Count ? Head : Cell,
                c is 1 || c == values.Length - 1 ? JustificationValues.Left : JustificationValues.Center)).ToArray());
        }));
        return Wx.Table(widths, lines: true, rows);
    }

    private static string Points(FinalUnitScore unit, string groupId) =>
        unit.Groups.FirstOrDefault(g => g.GroupId == groupId) is { } g ? Vn.Number(g.Points) : "";
}
