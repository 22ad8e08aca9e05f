using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Documents;

/// <summary>The fields every dossier template can use: the cluster, its head, the signer, the dates, the recipients.</summary>
internal static class CommonFields
{
    /// <summary>"Điện Biên" → "tỉnh Điện Biên"; a city under the central government is configured as "thành phố Hà Nội" and kept.</summary>
    private static string Province(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "tỉnh"
        : name.StartsWith("thành phố ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("tỉnh ", StringComparison.OrdinalIgnoreCase) ? name.Trim()
        : $"tỉnh {name.Trim()}";

    /// <param name="kind">The document's symbol for the number line: "TTr" for the letter, "BB" for a record.</param>
    public static TemplateData Of(DossierInput input, string kind)
    {
        var n = input.Nominations;
        var recipients = input.Recipients;
        return new TemplateData()
            .Text("ten_cum", "Tên Cụm, Khối thi đua", input.ClusterName)
            .Text("ten_cum_in_hoa", "Tên Cụm, Khối thi đua, in hoa", input.ClusterName.ToUpperInvariant())
            .Text("truong_cum", "Đơn vị Trưởng cụm", input.HeadUnitName)
            .Text("truong_cum_in_hoa", "Đơn vị Trưởng cụm, in hoa", input.HeadUnitName.ToUpperInvariant())
            .Text("so_ky_hieu", "Dòng số, ký hiệu văn bản (Số: …/TTr-…)", input.NumberLine(kind))
            .Text("dia_danh", "Địa danh của dòng ngày tháng", input.Place)
            .Text("ngay_van_ban", "Ngày ban hành (ngày … tháng … năm …)", Vn.Date(input.Date))
            .Text("nam", "Năm thi đua", input.Year.ToString())
            .Text("nam_sau", "Năm tiếp theo", (input.Year + 1).ToString())
            .Text("tinh", "Tỉnh, thành phố nhận tờ trình (tỉnh …, thành phố …)", Province(input.Province))
            .Text("cap_tinh", "«tỉnh» hoặc «thành phố» (trực thuộc Trung ương)", Province(input.Province).StartsWith("thành phố", StringComparison.Ordinal) ? "thành phố" : "tỉnh")
            .Text("chuc_danh_ky", "Chức danh người ký", input.SignerTitle)
            .Text("chuc_danh_ky_in_hoa", "Chức danh người ký, in hoa", input.SignerTitle.ToUpperInvariant())
            .Text("nguoi_ky", "Họ tên người ký", input.SignerName)
            .Text("ngay_hoi_nghi", "Ngày Hội nghị tổng kết (ngày … tháng … năm …)", Vn.Date(n.HeldOn))
            .Text("dia_diem_hoi_nghi", "Địa điểm Hội nghị", n.Venue)
            .Text("so_thanh_vien", "Số đơn vị thành viên", n.Quorum.Members.ToString())
            .Text("so_co_mat", "Số đơn vị dự Hội nghị", n.Quorum.Present.ToString())
            .List("noi_nhan", "Nơi nhận, mỗi dòng một nơi", recipients.Select((r, i) => new TemplateData()
                .Text("dong", "Một nơi nhận, kết thúc bằng dấu ; (dòng cuối bằng dấu .)",
                    $"{r.TrimEnd(';', '.', ' ')}{(i == recipients.Count - 1 ? "." : ";")}")));
    }
}
