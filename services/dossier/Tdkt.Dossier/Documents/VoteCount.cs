using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Contracts;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The biên bản kiểm phiếu: per ballot round the vote base, the threshold, the ballots cast, each candidate's votes
/// and whether elected, and the last hash of the round's ballot box, by which anyone can check the box later.
/// </summary>
internal static class VoteCount
{
    public static byte[] Write(DossierInput input) => Decree30Page.Write(false, Content(input));

    private static IEnumerable<OpenXmlElement> Content(DossierInput input)
    {
        var n = input.Nominations;
        yield return Decree30Blocks.Header(input, input.NumberLine("BB"), false);
        foreach (var e in Decree30Blocks.Title("Biên bản kiểm phiếu", false,
            $"Bình xét, suy tôn thi đua năm {input.Year} tại Hội nghị tổng kết", $"của {input.ClusterName}")) yield return e;
        var rounds = n.Rounds.Concat(input.Leadership?.Rounds ?? []).ToList();
        yield return Wx.Para($"Hôm nay, {Vn.Date(n.HeldOn)}, tại {n.Venue}, Hội nghị tổng kết công tác thi đua, khen thưởng năm {input.Year} "
            + $"của {input.ClusterName} tiến hành bỏ phiếu kín; có {n.Quorum.Present}/{n.Quorum.Members} đơn vị thành viên dự họp. "
            + (rounds.Count == 0 ? "Hội nghị không phải bỏ phiếu kín." : $"Kết quả kiểm phiếu {rounds.Count} vòng như sau:"), Look.Plain, Layout.Body with { Before = 240 });
        foreach (var round in rounds)
            foreach (var e in Round(round)) yield return e;
        yield return Wx.Para("Biên bản kiểm phiếu được lập và công bố trước Hội nghị./.", Look.Plain, Layout.Body with { After = 240 });
        yield return Decree30Blocks.Closing(
            Decree30Blocks.Signature(["Ban kiểm phiếu"], ""),
            Decree30Blocks.Signature(["Chủ trì Hội nghị", input.SignerTitle], input.SignerName), false);
    }

    private static IEnumerable<OpenXmlElement> Round(BallotRoundResult round)
    {
        yield return Wx.Para($"Vòng {round.Number}: {round.AwardName} ({Vn.Count(round.Seats)} suất)", Look.Strong, Layout.Heading with { Before = 240 });
        yield return Wx.Para($"- Cơ sở tính: {round.Base} phiếu; số phiếu cần đạt (quá nửa): {round.Threshold} phiếu.", Look.Plain, Layout.Body with { KeepNext = true });
        yield return Wx.Para($"- Số phiếu thu về: {round.BallotsCast}.", Look.Plain, Layout.Body with { Before = 0, KeepNext = true });
        yield return Tally(round);
        // Left-aligned: the hash is one long word, which would stretch a justified line.
        yield return Wx.Para(Layout.Left with { Before = 60 },
            Wx.Run("Mã kiểm tra cuối của hòm phiếu: ", new Look(Italic: true, Size: 12)), Wx.Run(round.LastHash, new Look(Size: 10)));
    }

    private static Table Tally(BallotRoundResult round)
    {
        int[] widths = [700, 3954, 1500, 1500, 1700];
        var head = new Look(Bold: true, Size: 12);
        var cell = new Look(Size: 12);
        string[] heading = ["TT", "Đơn vị", "Số phiếu", "Tỷ lệ", "Kết quả"];
        var rows = new List<TableRow> { Wx.Row(true, heading.Select((h, i) => Wx.Cell(widths[i], h, head, JustificationValues.Center)).ToArray()) };
        rows.AddRange(round.Tally.Select((t, i) => Wx.Row(false,
            Wx.Cell(widths[0], (i + 1).ToString(), cell, JustificationValues.Center),
            Wx.Cell(widths[1], t.UnitName, cell, JustificationValues.Left),
            Wx.Cell(widths[2], t.Votes.ToString(), cell, JustificationValues.Center),
            Wx.Cell(widths[3], Vn.Percent(t.Votes, round.Base), cell, JustificationValues.Center),
            Wx.Cell(widths[4], Vn.Elected(t.Elected), t.Elected ? head : cell, JustificationValues.Center))));
        return Wx.Table(widths, lines: true, rows);
    }
}
