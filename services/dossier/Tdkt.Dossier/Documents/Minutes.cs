using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Contracts;
using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The biên bản of the summary conference: when and where, who attended, the quorum against the cluster's rule,
/// the method, every ballot round's tally, the nominations, and next year's head and deputy.
/// </summary>
internal static class Minutes
{
    public static IEnumerable<OpenXmlElement> Template()
    {
        yield return Decree30Blocks.Header("{{so_ky_hieu}}", false);
        foreach (var e in Decree30Blocks.Title("Biên bản", false,
            "Hội nghị tổng kết công tác thi đua, khen thưởng năm {{nam}}", "của {{ten_cum}}")) yield return e;
        yield return Wx.Para("Hôm nay, {{ngay_hoi_nghi}}, tại {{dia_diem_hoi_nghi}}, {{ten_cum}} tổ chức Hội nghị tổng kết công tác thi đua, "
            + "khen thưởng năm {{nam}}, chấm điểm, bình xét thi đua và bầu Cụm trưởng, Cụm phó năm {{nam_sau}}.", Look.Plain, Layout.Body with { Before = 240 });

        yield return Section("I. Thành phần tham dự");
        yield return Wx.Para("Có {{so_co_mat}} đơn vị thành viên dự Hội nghị, gồm:", Look.Plain, Layout.Body);
        yield return Attendance();

        yield return Section("II. Số lượng thành viên dự Hội nghị");
        yield return Wx.Para("Cụm có {{so_thanh_vien}} đơn vị thành viên; có mặt {{so_co_mat}} đơn vị. Theo quy chế của Cụm, Hội nghị cần có "
            + "{{dieu_kien}} ({{so_can_co}}/{{so_thanh_vien}} đơn vị) dự họp: Hội nghị {{du_dieu_kien}} điều kiện tiến hành.", Look.Plain, Layout.Body);
        yield return Wx.Para("Tập thể được suy tôn khi đạt quá nửa số phiếu tính trên {{co_so_tinh}}.", Look.Plain, Layout.Body);

        yield return Section("III. Hình thức bình xét");
        yield return Wx.Para("Hình thức: {{hinh_thuc}}.", Look.Plain, Layout.Body);
        yield return Wx.Para("{{#chuyen_bo_phieu}}");
        yield return Wx.Para("Do có ý kiến chưa thống nhất, Hội nghị chuyển sang bỏ phiếu kín đối với các nội dung dưới đây.", Look.Plain, Layout.Body);
        yield return Wx.Para("{{/chuyen_bo_phieu}}");

        yield return Wx.Para("{{#co_bo_phieu}}");
        yield return Section("IV. Kết quả các vòng bỏ phiếu");
        yield return Wx.Para("{{#vong}}");
        yield return Wx.Para("Vòng {{so}}: {{giai_thuong}} ({{so_suat}} suất)", Look.Strong, Layout.Heading);
        yield return Wx.Para("Cơ sở tính: {{co_so}} phiếu; cần đạt từ {{nguong}} phiếu trở lên (quá nửa); số phiếu thu về: {{so_phieu}}.", Look.Plain, Layout.Body);
        yield return Wx.Para("{{#ung_vien}}");
        yield return Wx.Para("- {{ten}}: {{so_phieu}}/{{co_so}} phiếu ({{ty_le}}), {{ket_qua}}.", Look.Plain, Layout.Body with { Before = 0 });
        yield return Wx.Para("{{/ung_vien}}");
        yield return Wx.Para("{{/vong}}");
        yield return Wx.Para("{{/co_bo_phieu}}");

        yield return Section("{{muc_ket_qua}}. Kết quả bình xét");
        yield return Wx.Para("{{#giai_thuong}}");
        yield return Wx.Para("{{stt}}. {{ten}} ({{so_suat}} suất): {{don_vi}}. Hình thức: {{hinh_thuc}}.", Look.Plain, Layout.Body);
        yield return Wx.Para("{{/giai_thuong}}");

        yield return Section("{{muc_lanh_dao}}. Cụm trưởng, Cụm phó năm {{nam_sau}}");
        yield return Wx.Para("{{^co_lanh_dao}}");
        yield return Wx.Para("Hội nghị chưa chọn Cụm trưởng, Cụm phó năm {{nam_sau}}.", Look.Plain, Layout.Body);
        yield return Wx.Para("{{/co_lanh_dao}}");
        yield return Wx.Para("{{#co_lanh_dao}}");
        yield return Wx.Para("Cụm trưởng năm {{nam_sau}}: {{cum_truong_moi}}.", Look.Plain, Layout.Body);
        yield return Wx.Para("Cụm phó năm {{nam_sau}}: {{cum_pho_moi}}.", Look.Plain, Layout.Body with { Before = 0 });
        yield return Wx.Para("Hình thức: {{cach_chon_lanh_dao}}.", Look.Plain, Layout.Body with { Before = 0 });
        yield return Wx.Para("{{/co_lanh_dao}}");

        yield return Wx.Para("Biên bản được thông qua tại Hội nghị, các đại biểu dự họp nhất trí với nội dung biên bản./.", Look.Plain, Layout.Body with { After = 240 });
        yield return Decree30Blocks.Closing(
            Decree30Blocks.Signature(["Thư ký Hội nghị"], ""),
            Decree30Blocks.Signature(["Chủ trì Hội nghị", "{{chuc_danh_ky_in_hoa}}"], "{{nguoi_ky}}"), false);
    }

    public static TemplateData Data(DossierInput input)
    {
        var n = input.Nominations;
        var q = n.Quorum;
        var rounds = n.Rounds.Concat(input.Leadership?.Rounds ?? []).ToList();
        var l = input.Leadership;
        return CommonFields.Of(input, "BB")
            .List("dai_bieu", "Đại biểu dự Hội nghị", n.Attendance.Select((d, i) => new TemplateData()
                .Text("stt", "Số thứ tự", (i + 1).ToString())
                .Text("don_vi", "Đơn vị", d.UnitName)
                .Text("ho_ten", "Họ tên đại biểu", d.DelegateName)
                .Text("chuc_vu", "Chức vụ", d.DelegatePosition)))
            .Text("dieu_kien", "Điều kiện tiến hành theo quy chế (ví dụ: ít nhất 2/3 đơn vị thành viên)", Vn.Quorum(q.Rule))
            .Text("so_can_co", "Số đơn vị cần có mặt", q.Required.ToString())
            .Text("du_dieu_kien", "«đủ» hoặc «không đủ»", q.Present >= q.Required ? "đủ" : "không đủ")
            .Text("co_so_tinh", "Cơ sở tính quá nửa số phiếu", Vn.MajorityOf(q.MajorityOf))
            .Text("hinh_thuc", "Hình thức bình xét", Vn.Method(n.Method))
            .Flag("chuyen_bo_phieu", "Có ý kiến chưa thống nhất nên chuyển sang bỏ phiếu kín", n.Method == "consensus" && n.Rounds.Count > 0)
            .Flag("co_bo_phieu", "Hội nghị có bỏ phiếu kín", rounds.Count > 0)
            .List("vong", "Các vòng bỏ phiếu", rounds.Select(RoundFields.Of))
            .Text("muc_ket_qua", "Số mục «Kết quả bình xét» (IV hoặc V)", rounds.Count > 0 ? "V" : "IV")
            .Text("muc_lanh_dao", "Số mục «Cụm trưởng, Cụm phó» (V hoặc VI)", rounds.Count > 0 ? "VI" : "V")
            .List("giai_thuong", "Kết quả bình xét từng danh hiệu", n.Awards.Select((award, i) => new TemplateData()
                .Text("stt", "Số thứ tự", (i + 1).ToString())
                .Text("ten", "Tên danh hiệu", award.Name)
                .Text("so_suat", "Số suất (hai chữ số)", Vn.Count(award.Seats))
                .Text("don_vi", "Các tập thể được suy tôn",
                    award.Winners.Count == 0 ? "không có tập thể được đề nghị" : string.Join(", ", award.Winners.Select(input.UnitName)))
                .Text("hinh_thuc", "Hình thức", Vn.DecidedBy(award.DecidedBy))))
            .Flag("co_lanh_dao", "Hội nghị đã chọn Cụm trưởng, Cụm phó năm sau", l is not null)
            .Text("cum_truong_moi", "Cụm trưởng năm sau", l is null ? "" : input.UnitName(l.HeadUnitId))
            .Text("cum_pho_moi", "Cụm phó năm sau", l?.DeputyUnitId is { } d ? input.UnitName(d) : "không có")
            .Text("cach_chon_lanh_dao", "Cách chọn Cụm trưởng, Cụm phó", l is null ? "" : Vn.LeadershipBy(l.How));
    }

    private static Paragraph Section(string heading) => Wx.Para(Decree30Blocks.Upper(heading), Look.Strong, Layout.Heading);

    private static Table Attendance()
    {
        int[] widths = [600, 3300, 2500, 2954];
        var head = new Look(Bold: true, Size: 12);
        return Wx.Table(widths, lines: true,
        [
            Wx.Row(true,
                Wx.Cell(widths[0], "TT", head, JustificationValues.Center), Wx.Cell(widths[1], "Đơn vị", head, JustificationValues.Center),
                Wx.Cell(widths[2], "Đại biểu", head, JustificationValues.Center), Wx.Cell(widths[3], "Chức vụ", head, JustificationValues.Center)),
            Wx.MarkerRow(widths, "{{#dai_bieu}}"),
            Wx.Row(false, Wx.DataCell("{{stt}}"), Wx.DataCell("{{don_vi}}", left: true), Wx.DataCell("{{ho_ten}}", left: true), Wx.DataCell("{{chuc_vu}}", left: true)),
            Wx.MarkerRow(widths, "{{/dai_bieu}}"),
        ], Decree30Page.ListTable);
    }
}
