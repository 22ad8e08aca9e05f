using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Contracts;
using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The bảng tổng hợp điểm, on a landscape page for its width: per unit in rank order its points in each group
/// (nội dung), bonus, deductions, total, rank and status, with the reasons of a unit not eligible. The table is a
/// block made by code, because its columns follow the cluster's groups; the words around it are the template's.
/// </summary>
internal static class ScoreTable
{
    private static readonly Look Head = new(Bold: true, Size: 11);

    public static IEnumerable<OpenXmlElement> Template()
    {
        yield return Decree30Blocks.Header(null, true);
        foreach (var e in Decree30Blocks.Title("Bảng tổng hợp điểm thi đua năm {{nam}}", true, "{{ten_cum}}")) yield return e;
        yield return Wx.Para("(Kèm theo Tờ trình {{so_to_trinh}} {{ngay_van_ban}} của {{truong_cum}})", Look.Slanted, Layout.Center with { After = 240 });
        yield return Wx.Para("{{bang_diem}}");
        yield return Wx.Para("", Look.Plain, Layout.Left with { After = 120 });
        yield return Wx.Para("{{#noi_dung}}");
        yield return Wx.Para("Nội dung {{so}}: {{ten}} (tối đa {{toi_da}} điểm).", new Look(Italic: true, Size: 12));
        yield return Wx.Para("{{/noi_dung}}");
        yield return Wx.Para("", Look.Plain, Layout.Left with { After = 120 });
        yield return Decree30Blocks.Closing([new Paragraph()], Decree30Blocks.ClusterSignature(), true);
    }

    public static TemplateData Data(DossierInput input)
    {
        var groups = input.Scores.Units.FirstOrDefault()?.Groups ?? [];
        var units = input.Scores.Units.OrderBy(u => u.Rank).ThenBy(u => u.UnitName, StringComparer.Ordinal).ToList();
        return CommonFields.Of(input, "TTr")
            .Text("so_to_trinh", "Số tờ trình kèm theo (số …/TTr)", input.Number is { } n ? $"số {n}" : "số      /TTr")
            .Block("bang_diem", "Bảng điểm: mỗi đơn vị một dòng, mỗi nội dung một cột", width => Table(units, groups, width))
            .List("noi_dung", "Các nội dung chấm điểm", groups.Select((g, i) => new TemplateData()
                .Text("so", "Số La Mã của nội dung", Vn.Roman(i + 1))
                .Text("ten", "Tên nội dung", g.Name)
                .Text("toi_da", "Điểm tối đa", Vn.Number(g.Max))));
    }

    private static Table Table(IReadOnlyList<FinalUnitScore> units, IReadOnlyList<GroupScore> groups, int width)
    {
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
            return Wx.Row(false, values.Select((v, c) => Wx.DataCell(v, left: c is 1 || c == values.Length - 1, bold: c == 4 + groups.Count)).ToArray());
        }));
        return Wx.Table(widths, lines: true, rows, Decree30Page.ScoreTable);
    }

    private static string Points(FinalUnitScore unit, string groupId) =>
        unit.Groups.FirstOrDefault(g => g.GroupId == groupId) is { } g ? Vn.Number(g.Points) : "";
}
