using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The biên bản kiểm phiếu: per ballot round the vote base, the threshold, the ballots cast, each candidate's votes
/// and whether elected, and the last hash of the round's ballot box, by which anyone can check the box later.
/// </summary>
internal static class VoteCount
{
    public static IEnumerable<OpenXmlElement> Template()
    {
        yield return Decree30Blocks.Header("{{so_ky_hieu}}", false);
        foreach (var e in Decree30Blocks.Title("Biên bản kiểm phiếu", false,
            "Bình xét, suy tôn thi đua năm {{nam}} tại Hội nghị tổng kết", "của {{ten_cum}}")) yield return e;
        yield return Wx.Para("Hôm nay, {{ngay_hoi_nghi}}, tại {{dia_diem_hoi_nghi}}, Hội nghị tổng kết công tác thi đua, khen thưởng năm {{nam}} "
            + "của {{ten_cum}} tiến hành bỏ phiếu kín; có {{so_co_mat}}/{{so_thanh_vien}} đơn vị thành viên dự họp.", Look.Plain, Layout.Body with { Before = 240 });
        yield return Wx.Para("{{^vong}}");
        yield return Wx.Para("Hội nghị không phải bỏ phiếu kín.", Look.Plain, Layout.Body);
        yield return Wx.Para("{{/vong}}");
        yield return Wx.Para("{{#co_bo_phieu}}");
        yield return Wx.Para("Kết quả kiểm phiếu {{so_vong}} vòng như sau:", Look.Plain, Layout.Body);
        yield return Wx.Para("{{/co_bo_phieu}}");
        yield return Wx.Para("{{#vong}}");
        yield return Wx.Para("Vòng {{so}}: {{giai_thuong}} ({{so_suat}} suất)", Look.Strong, Layout.Heading with { Before = 240 });
        yield return Wx.Para("- Cơ sở tính: {{co_so}} phiếu; số phiếu cần đạt (quá nửa): {{nguong}} phiếu.", Look.Plain, Layout.Body with { KeepNext = true });
        yield return Wx.Para("- Số phiếu thu về: {{so_phieu}}.", Look.Plain, Layout.Body with { Before = 0, KeepNext = true });
        yield return Tally();
        // Left-aligned: the hash is one long word, which would stretch a justified line.
        yield return Wx.Para(Layout.Left with { Before = 60 },
            Wx.Run("Mã kiểm tra cuối của hòm phiếu: ", new Look(Italic: true, Size: 12)), Wx.Run("{{ma_kiem_tra}}", new Look(Size: 10)));
        yield return Wx.Para("{{/vong}}");
        yield return Wx.Para("Biên bản kiểm phiếu được lập và công bố trước Hội nghị./.", Look.Plain, Layout.Body with { Before = 240, After = 240 });
        yield return Decree30Blocks.Closing(
            Decree30Blocks.Signature(["Ban kiểm phiếu"], ""),
            Decree30Blocks.Signature(["Chủ trì Hội nghị", "{{chuc_danh_ky_in_hoa}}"], "{{nguoi_ky}}"), false);
    }

    public static TemplateData Data(DossierInput input)
    {
        var rounds = input.Nominations.Rounds.Concat(input.Leadership?.Rounds ?? []).ToList();
        return CommonFields.Of(input, "BB")
            .Flag("co_bo_phieu", "Hội nghị có bỏ phiếu kín", rounds.Count > 0)
            .Text("so_vong", "Số vòng bỏ phiếu", rounds.Count.ToString())
            .List("vong", "Các vòng bỏ phiếu", rounds.Select(RoundFields.Of));
    }

    private static Table Tally()
    {
        int[] widths = [700, 3954, 1500, 1500, 1700];
        var head = new Look(Bold: true, Size: 12);
        string[] heading = ["TT", "Đơn vị", "Số phiếu", "Tỷ lệ", "Kết quả"];
        return Wx.Table(widths, lines: true,
        [
            Wx.Row(true, heading.Select((h, i) => Wx.Cell(widths[i], h, head, JustificationValues.Center)).ToArray()),
            Wx.MarkerRow(widths, "{{#ung_vien}}"),
            Wx.Row(false, Wx.DataCell("{{stt}}"), Wx.DataCell("{{ten}}", left: true), Wx.DataCell("{{so_phieu}}"), Wx.DataCell("{{ty_le}}"),
                Wx.DataCell("{{ket_qua_hoa}}")),
            Wx.MarkerRow(widths, "{{/ung_vien}}"),
        ], Decree30Page.ListTable);
    }
}
