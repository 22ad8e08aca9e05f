using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The parts of Decree 30's layout every dossier document shares: the header table (issuing body and number on
/// the left, the national title and motto with the place-and-date line on the right), the title, and the closing
/// table ("Nơi nhận" or another block on the left, the signature on the right).
/// </summary>
internal static class Decree30Blocks
{
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    private const int Overhang = 284;

    /// <param name="number">"Số: …" under the issuing body, or null for a document without one (an annex).</param>
    public static Table Header(string? number, bool landscape)
    {
        // Half a centimetre into each side margin, as the usual templates do, so that a cluster's name and the
        // national title each keep to one line.
        var width = Decree30Page.Width(landscape) + 2 * Overhang;
        var left = landscape ? 5600 : 4400;
        var right = width - left;
        var small = new Look(Size: 13);
        var strong = new Look(Bold: true, Size: 13);
        var table = Wx.Table([left, right], lines: false,
        [
            Wx.Row(false,
                Wx.Cell(left, TableVerticalAlignmentValues.Top,
                    Wx.Para("{{ten_cum_in_hoa}}", new Look(Size: 12), Layout.Center),
                    Wx.Para("{{truong_cum_in_hoa}}", strong, Layout.Center),
                    Wx.Rule(1200, left)),
                Wx.Cell(right, TableVerticalAlignmentValues.Top,
                    Wx.Para(Nation, new Look(Bold: true, Size: 12), Layout.Center),
                    Wx.Para(Motto, strong, Layout.Center),
                    Wx.Rule(3300, right))),
            Wx.Row(false,
                Wx.Cell(left, number is null ? [] : [Wx.Para(number, small, Layout.Center with { Before = 120 })]),
                Wx.Cell(right, Wx.Para("{{dia_danh}}, {{ngay_van_ban}}", new Look(Italic: true, Size: 14), Layout.Center with { Before = 120 }))),
        ]);
        table.GetFirstChild<TableProperties>()!.TableIndentation = new TableIndentation { Width = -Overhang, Type = TableWidthUnitValues.Dxa };
        return table;
    }

    /// <summary>The title in bold capitals, its subject lines in bold, and a short rule under them.</summary>
    public static IEnumerable<OpenXmlElement> Title(string title, bool landscape, params string[] subject)
    {
        yield return Wx.Para(Upper(title), Look.Strong, Layout.Center with { Before = 360, KeepNext = true });
        foreach (var line in subject) yield return Wx.Para(line, Look.Strong, Layout.Center with { KeepNext = true });
        yield return Wx.Rule(2000, Decree30Page.Width(landscape));
    }

    /// <summary>"Nơi nhận:" in bold italic 12 pt, its lines in 11 pt (the data ends each with ";" and the last with ".").</summary>
    public static Paragraph[] Recipients() =>
    [
        Wx.Para("Nơi nhận:", new Look(Bold: true, Italic: true, Size: 12)),
        Wx.Para("{{#noi_nhan}}"), Wx.Para("- {{dong}}", new Look(Size: 11)), Wx.Para("{{/noi_nhan}}"),
    ];

    /// <summary>A block to sign: its heading lines in bold capitals, room for the signature and seal, the name in bold.</summary>
    public static Paragraph[] Signature(IEnumerable<string> heading, string name) =>
    [
        .. heading.Select(h => Wx.Para(Upper(h), new Look(Bold: true, Size: 13), Layout.Center)),
        .. Enumerable.Range(0, 3).Select(_ => new Paragraph()),
        Wx.Para(name, Look.Strong, Layout.Center),
    ];

    /// <summary>The cluster's signature: "TM. CỤM THI ĐUA …", the signer's title, the signer.</summary>
    public static Paragraph[] ClusterSignature() => Signature(["TM. {{ten_cum_in_hoa}}", "{{chuc_danh_ky_in_hoa}}"], "{{nguoi_ky}}");

    /// <summary>The closing table: <paramref name="left"/> (recipients, a secretary) beside <paramref name="right"/>.</summary>
    public static Table Closing(Paragraph[] left, Paragraph[] right, bool landscape)
    {
        var width = Decree30Page.Width(landscape);
        var leftWidth = width * 40 / 100;
        return Wx.Table([leftWidth, width - leftWidth], lines: false,
            [Wx.Row(false, Wx.Cell(leftWidth, TableVerticalAlignmentValues.Top, left), Wx.Cell(width - leftWidth, TableVerticalAlignmentValues.Top, right))]);
    }

    /// <summary>Capitals for the words, not for the placeholders among them.</summary>
    public static string Upper(string text) =>
        Templates.Tags.Tag().Replace(text.ToUpperInvariant(), m => m.Value.ToLowerInvariant());
}
