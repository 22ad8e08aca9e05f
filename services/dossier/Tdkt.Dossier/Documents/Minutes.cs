using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Contracts;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The biên bản of the summary conference: when and where, who attended, the quorum against the cluster's rule,
/// the method, every ballot round's tally, the nominations, and next year's head and deputy.
/// </summary>
internal static class Minutes
{
    public static byte[] Write(DossierInput input) => Decree30Page.Write(false, Content(input));

    private static IEnumerable<OpenXmlElement> Content(DossierInput input)
    {
        var n = input.Nominations;
        yield return Decree30Blocks.Header(input, input.NumberLine("BB"), false);
        foreach (var e in Decree30Blocks.Title("Biên bản", false,
            $"Hội nghị tổng kết công tác thi đua, khen thưởng năm {input.Year}", $"của {input.ClusterName}")) yield return e;
        yield return Wx.Para($"Hôm nay, {Vn.Date(n.HeldOn)}, tại {n.Venue}, {input.ClusterName} tổ chức Hội nghị tổng kết công tác thi đua, "
            + $"khen thưởng năm {input.Year}, chấm điểm, bình xét thi đua và bầu Cụm trưởng, Cụm phó năm {input.Year + 1}.", Look.Plain, Layout.Body with { Before = 240 });

        yield return Section("I. Thành phần tham dự");
        yield return Wx.Para($"Có {n.Attendance.Count} đơn vị thành viên dự Hội nghị, gồm:", Look.Plain, Layout.Body);
        yield return Attendance(n.Attendance);

        yield return Section("II. Số lượng thành viên dự Hội nghị");
        var q = n.Quorum;
        yield return Wx.Para($"Cụm có {q.Members} đơn vị thành viên; có mặt {q.Present} đơn vị. Theo quy chế của Cụm, Hội nghị cần có "
            + $"{Vn.Quorum(q.Rule)} ({q.Required}/{q.Members} đơn vị) dự họp: Hội nghị {(q.Present >= q.Required ? "đủ" : "không đủ")} điều kiện tiến hành.",
            Look.Plain, Layout.Body);
        yield return Wx.Para($"Tập thể được suy tôn khi đạt quá nửa số phiếu tính trên {Vn.MajorityOf(q.MajorityOf)}.", Look.Plain, Layout.Body);

        yield return Section("III. Hình thức bình xét");
        yield return Wx.Para($"Hình thức: {Vn.Method(n.Method)}." + (n.Method == "consensus" && n.Rounds.Count > 0
            ? " Do có ý kiến chưa thống nhất, Hội nghị chuyển sang bỏ phiếu kín đối với các nội dung dưới đây." : ""), Look.Plain, Layout.Body);

        var rounds = n.Rounds.Concat(input.Leadership?.Rounds ?? []).ToList();
        if (rounds.Count > 0)
        {
            yield return Section("IV. Kết quả các vòng bỏ phiếu");
            foreach (var round in rounds)
                foreach (var e in Round(round)) yield return e;
        }

        yield return Section($"{(rounds.Count > 0 ? "V" : "IV")}. Kết quả bình xét");
        var number = 0;
        foreach (var award in n.Awards)
        {
            number++;
            var winners = award.Winners.Count == 0 ? "không có tập thể được đề nghị" : string.Join(", ", award.Winners.Select(input.UnitName));
            yield return Wx.Para($"{number}. {award.Name} ({Vn.Count(award.Seats)} suất): {winners}. Hình thức: {Vn.DecidedBy(award.DecidedBy)}.",
                Look.Plain, Layout.Body);
        }

        yield return Section($"{(rounds.Count > 0 ? "VI" : "V")}. Cụm trưởng, Cụm phó năm {input.Year + 1}");
        foreach (var e in Leadership(input)) yield return e;

        yield return Wx.Para("Biên bản được thông qua tại Hội nghị, các đại biểu dự họp nhất trí với nội dung biên bản./.", Look.Plain, Layout.Body with { After = 240 });
        yield return Decree30Blocks.Closing(
            Decree30Blocks.Signature(["Thư ký Hội nghị"], ""),
            Decree30Blocks.Signature(["Chủ trì Hội nghị", input.SignerTitle], input.SignerName), false);
    }

    private static Paragraph Section(string heading) => Wx.Para(heading.ToUpperInvariant(), Look.Strong, Layout.Heading);

    private static Table Attendance(IReadOnlyList<ConferenceDelegate> delegates)
    {
        int[] widths = [600, 3300, 2500, 2954];
        var head = new Look(Bold: true, Size: 12);
        var cell = new Look(Size: 12);
        var rows = new List<TableRow>
        {
            Wx.Row(true,
                Wx.Cell(widths[0], "TT", head, JustificationValues.Center), Wx.Cell(widths[1], "Đơn vị", head, JustificationValues.Center),
                Wx.Cell(widths[2], "Đại biểu", head, JustificationValues.Center), Wx.Cell(widths[3], "Chức vụ", head, JustificationValues.Center)),
        };
        rows.AddRange(delegates.Select((d, i) => Wx.Row(false,
            Wx.Cell(widths[0], (i + 1).ToString(), cell, JustificationValues.Center), Wx.Cell(widths[1], d.UnitName, cell, JustificationValues.Left),
            Wx.Cell(widths[2], d.DelegateName, cell, JustificationValues.Left), Wx.Cell(widths[3], d.DelegatePosition, cell, JustificationValues.Left))));
        return Wx.Table(widths, lines: true, rows);
    }

    private static IEnumerable<OpenXmlElement> Round(BallotRoundResult round)
    {
        yield return Wx.Para($"Vòng {round.Number}: {round.AwardName} ({Vn.Count(round.Seats)} suất)", Look.Strong, Layout.Heading);
        yield return Wx.Para($"Cơ sở tính: {round.Base} phiếu; cần đạt từ {round.Threshold} phiếu trở lên (quá nửa); số phiếu thu về: {round.BallotsCast}.",
            Look.Plain, Layout.Body);
        foreach (var t in round.Tally)
            yield return Wx.Para($"- {t.UnitName}: {t.Votes}/{round.Base} phiếu ({Vn.Percent(t.Votes, round.Base)}), {Vn.Elected(t.Elected).ToLowerInvariant()}.",
                Look.Plain, Layout.Body with { Before = 0 });
    }

    private static IEnumerable<OpenXmlElement> Leadership(DossierInput input)
    {
        if (input.Leadership is not { } l)
        {
            yield return Wx.Para($"Hội nghị chưa chọn Cụm trưởng, Cụm phó năm {input.Year + 1}.", Look.Plain, Layout.Body);
            yield break;
        }
        yield return Wx.Para($"Cụm trưởng năm {l.ForYear}: {input.UnitName(l.HeadUnitId)}.", Look.Plain, Layout.Body);
        yield return Wx.Para($"Cụm phó năm {l.ForYear}: {(l.DeputyUnitId is { } d ? input.UnitName(d) : "không có")}.", Look.Plain, Layout.Body with { Before = 0 });
        yield return Wx.Para($"Hình thức: {Vn.LeadershipBy(l.How)}.", Look.Plain, Layout.Body with { Before = 0 });
    }
}
