using DocumentFormat.OpenXml;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The tờ trình: the cluster head asks the provincial chairman, through Ban TĐKT, to confer each award on the
/// units the conference nominated.
/// </summary>
internal static class ProposalLetter
{
    public static byte[] Write(DossierInput input) => Decree30Page.Write(false, Content(input));

    private static IEnumerable<OpenXmlElement> Content(DossierInput input)
    {
        var province = string.IsNullOrWhiteSpace(input.Province) ? "tỉnh" : $"tỉnh {input.Province}";
        yield return Decree30Blocks.Header(input, input.NumberLine("TTr"), false);
        foreach (var e in Decree30Blocks.Title("Tờ trình", false,
            $"Đề nghị tặng danh hiệu thi đua, hình thức khen thưởng năm {input.Year}",
            $"cho các tập thể thuộc {input.ClusterName}")) yield return e;
        yield return Wx.Para(Layout.Center with { Before = 240 },
            Wx.Run("Kính gửi: ", Look.Plain), Wx.Run($"Chủ tịch Ủy ban nhân dân {province}", Look.Plain));
        yield return Wx.Para("(qua Ban Thi đua – Khen thưởng tỉnh)", Look.Slanted, Layout.Center with { After = 120 });
        yield return Wx.Para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", Look.Plain, Layout.Body);
        yield return Wx.Para($"Căn cứ kết quả chấm điểm và bình xét thi đua năm {input.Year} tại Hội nghị tổng kết công tác thi đua, "
            + $"khen thưởng của {input.ClusterName} {Vn.Date(input.Nominations.HeldOn)} tại {input.Nominations.Venue},", Look.Plain, Layout.Body);
        yield return Wx.Para($"{input.HeadUnitName}, Trưởng {input.ClusterName} năm {input.Year}, kính trình Chủ tịch Ủy ban nhân dân {province} "
            + "xem xét, tặng thưởng cho các tập thể sau:", Look.Plain, Layout.Body);
        var number = 0;
        foreach (var award in input.Nominations.Awards)
        {
            number++;
            yield return Wx.Para($"{number}. {award.Name}: {Vn.Count(award.Winners.Count)} tập thể", Look.Strong, Layout.Heading);
            if (award.Winners.Count == 0)
                yield return Wx.Para("Không có tập thể được đề nghị.", Look.Plain, Layout.Body);
            foreach (var unit in award.Winners)
                yield return Wx.Para($"- {input.UnitName(unit)} ({Standing(input, unit)}; {Vn.DecidedBy(award.DecidedBy).ToLowerInvariant()}).",
                    Look.Plain, Layout.Body);
        }
        yield return Wx.Para("(Kèm theo bảng tổng hợp điểm, biên bản Hội nghị, biên bản kiểm phiếu và báo cáo thành tích của các tập thể được đề nghị.)",
            Look.Slanted, Layout.Body);
        yield return Wx.Para($"Kính trình Chủ tịch Ủy ban nhân dân {province} xem xét, quyết định./.", Look.Plain, Layout.Body with { After = 240 });
        yield return Decree30Blocks.Closing(Decree30Blocks.Recipients(input.Recipients), Decree30Blocks.ClusterSignature(input), false);
    }

    private static string Standing(DossierInput input, string unitId) =>
        input.Scores.Units.FirstOrDefault(u => u.UnitId == unitId) is { } score
            ? $"tổng điểm {Vn.Number(score.Total)}, xếp thứ {score.Rank}"
            : "chưa có điểm";
}
