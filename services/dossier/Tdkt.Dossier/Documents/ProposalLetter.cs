using DocumentFormat.OpenXml;
using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The tờ trình: the cluster head asks the provincial chairman, through Ban TĐKT, to confer each award on the
/// units the conference nominated.
/// </summary>
internal static class ProposalLetter
{
    public static IEnumerable<OpenXmlElement> Template()
    {
        yield return Decree30Blocks.Header("{{so_ky_hieu}}", false);
        foreach (var e in Decree30Blocks.Title("Tờ trình", false,
            "Đề nghị tặng danh hiệu thi đua, hình thức khen thưởng năm {{nam}}",
            "cho các tập thể thuộc {{ten_cum}}")) yield return e;
        yield return Wx.Para("Kính gửi: Chủ tịch Ủy ban nhân dân {{tinh}}", Look.Plain, Layout.Center with { Before = 240 });
        yield return Wx.Para("(qua Ban Thi đua – Khen thưởng {{cap_tinh}})", Look.Slanted, Layout.Center with { After = 120 });
        yield return Wx.Para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", Look.Plain, Layout.Body);
        yield return Wx.Para("Căn cứ kết quả chấm điểm và bình xét thi đua năm {{nam}} tại Hội nghị tổng kết công tác thi đua, "
            + "khen thưởng của {{ten_cum}} {{ngay_hoi_nghi}} tại {{dia_diem_hoi_nghi}},", Look.Plain, Layout.Body);
        yield return Wx.Para("{{truong_cum}}, Trưởng {{ten_cum}} năm {{nam}}, kính trình Chủ tịch Ủy ban nhân dân {{tinh}} "
            + "xem xét, tặng thưởng cho các tập thể sau:", Look.Plain, Layout.Body);
        yield return Wx.Para("{{#giai_thuong}}");
        yield return Wx.Para("{{stt}}. {{ten}}: {{so_tap_the}} tập thể", Look.Strong, Layout.Heading);
        yield return Wx.Para("{{^don_vi}}");
        yield return Wx.Para("Không có tập thể được đề nghị.", Look.Plain, Layout.Body);
        yield return Wx.Para("{{/don_vi}}");
        yield return Wx.Para("{{#don_vi}}");
        yield return Wx.Para("- {{ten}} ({{ket_qua}}; {{hinh_thuc}}).", Look.Plain, Layout.Body);
        yield return Wx.Para("{{/don_vi}}");
        yield return Wx.Para("{{/giai_thuong}}");
        yield return Wx.Para("(Kèm theo bảng tổng hợp điểm, biên bản Hội nghị, biên bản kiểm phiếu và báo cáo thành tích của các tập thể được đề nghị.)",
            Look.Slanted, Layout.Body);
        yield return Wx.Para("Kính trình Chủ tịch Ủy ban nhân dân {{tinh}} xem xét, quyết định./.", Look.Plain, Layout.Body with { After = 240 });
        yield return Decree30Blocks.Closing(Decree30Blocks.Recipients(), Decree30Blocks.ClusterSignature(), false);
    }

    public static TemplateData Data(DossierInput input) => CommonFields.Of(input, "TTr")
        .List("giai_thuong", "Danh hiệu, hình thức khen thưởng được đề nghị", input.Nominations.Awards.Select((award, i) => new TemplateData()
            .Text("stt", "Số thứ tự", (i + 1).ToString())
            .Text("ten", "Tên danh hiệu, hình thức khen thưởng", award.Name)
            .Text("so_tap_the", "Số tập thể được đề nghị (hai chữ số)", Vn.Count(award.Winners.Count))
            .List("don_vi", "Tập thể được đề nghị", award.Winners.Select(unit => new TemplateData()
                .Text("ten", "Tên tập thể", input.UnitName(unit))
                .Text("ket_qua", "Tổng điểm và thứ hạng", Standing(input, unit))
                .Text("hinh_thuc", "Hình thức bình xét (viết thường)", Vn.DecidedBy(award.DecidedBy).ToLowerInvariant())))));

    private static string Standing(DossierInput input, string unitId) =>
        input.Scores.Units.FirstOrDefault(u => u.UnitId == unitId) is { } score
            ? $"tổng điểm {Vn.Number(score.Total)}, xếp thứ {score.Rank}"
            : "chưa có điểm";
}
