using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The page of Decree 30/2020/NĐ-CP: A4, margins top and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman
/// 14 pt, and the page number centred in the top margin from page 2 on (page 1 has its own, empty, header).
/// </summary>
internal static class Decree30Page
{
    public const string Font = "Times New Roman";
    public const int Short = 11906, Long = 16838;
    public const int Top = 1134, Bottom = 1134, Left = 1701, Right = 851;

    /// <summary>The table styles: cells centred, text in 12 pt (lists) or 11 pt (the wide score table).</summary>
    public const string ListTable = "BangKe", ScoreTable = "BangDiem";

    /// <summary>The width between the margins, in twips.</summary>
    public static int Width(bool landscape) => (landscape ? Long : Short) - Left - Right;

    public static byte[] Write(bool landscape, IEnumerable<OpenXmlElement> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(new Paragraph());
            var other = main.AddNewPart<HeaderPart>();
            other.Header = new Header(PageNumber());
            var body = new Body(content);
            body.Append(Section(landscape, main.GetIdOfPart(first), main.GetIdOfPart(other)));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static SectionProperties Section(bool landscape, string firstHeader, string otherHeaders) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = otherHeaders },
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeader },
        new PageSize
        {
            Width = (UInt32Value)(uint)(landscape ? Long : Short),
            Height = (UInt32Value)(uint)(landscape ? Short : Long),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin { Top = Top, Bottom = Bottom, Left = (uint)Left, Right = (uint)Right, Header = 567, Footer = 567, Gutter = 0 },
        new TitlePage());

    private static Paragraph PageNumber() => Wx.Para(Layout.Center,
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        BodyStyle("VanBan", "Nội dung văn bản", "Normal", Layout.Body),
        BodyStyle("DeMuc", "Đề mục", "VanBan", Layout.Heading),
        TableStyle(ListTable, "Bảng kê", 12),
        TableStyle(ScoreTable, "Bảng điểm", 11));

    private static Style BodyStyle(string id, string name, string basedOn, Layout layout)
    {
        var properties = new StyleParagraphProperties();
        if (layout.KeepNext) properties.KeepNext = new KeepNext();
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = layout.Before.ToString(), After = layout.After.ToString() };
        properties.Indentation = new Indentation { FirstLine = layout.FirstLine.ToString() };
        properties.Justification = new Justification { Val = layout.Align };
        return new Style(new StyleName { Val = name }, new BasedOn { Val = basedOn }, new PrimaryStyle(), properties)
            { Type = StyleValues.Paragraph, StyleId = id };
    }

    private static Style TableStyle(string id, string name, int points) => new(
        new StyleName { Val = name },
        new PrimaryStyle(),
        new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new StyleRunProperties(new FontSize { Val = (points * 2).ToString() }),
        new StyleTableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }))
    { Type = StyleValues.Table, StyleId = id };
}
