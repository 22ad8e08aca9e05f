using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FluentAssertions;

namespace Tdkt.Dossier.Tests;

public sealed class When_the_dossier_documents_are_written
{
    [Theory]
    [MemberData(nameof(Docx.Names), MemberType = typeof(Docx))]
    public void The_document_has_no_Open_XML_validation_errors(string kind)
    {
        using var document = Docx.Write(kind);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        errors.Should().BeEmpty();
    }

    [Fact]
    public void The_thirty_unit_score_table_has_no_Open_XML_validation_errors()
    {
        using var document = Docx.Open(Documents.DossierDocuments.ScoreTable(GeneratedCluster.Input(30)));

        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Docx.Names), MemberType = typeof(Docx))]
    public void The_page_is_A4_with_the_margins_of_Decree_30(string kind)
    {
        using var document = Docx.Write(kind);
        var section = document.Body().Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        new[] { size.Width!.Value, size.Height!.Value }.Order().Should().Equal(11906u, 16838u);
        Millimetres(margin.Top!.Value).Should().BeInRange(20, 25);
        Millimetres(margin.Bottom!.Value).Should().BeInRange(20, 25);
        Millimetres((int)margin.Left!.Value).Should().BeInRange(30, 35);
        Millimetres((int)margin.Right!.Value).Should().BeInRange(15, 20);
    }

    [Fact]
    public void The_score_table_is_on_a_landscape_page_and_the_others_in_portrait()
    {
        foreach (var kind in Docx.Kinds.Keys)
        {
            using var document = Docx.Write(kind);
            var size = document.Body().Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
            var landscape = kind == "bang-tong-hop-diem";
            (size.Orient?.Value == PageOrientationValues.Landscape).Should().Be(landscape, kind);
            (size.Width!.Value > size.Height!.Value).Should().Be(landscape, kind);
        }
    }

    [Theory]
    [MemberData(nameof(Docx.Names), MemberType = typeof(Docx))]
    public void The_text_is_Times_New_Roman_14_pt_and_no_run_asks_for_another_font(string kind)
    {
        using var document = Docx.Write(kind);
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        defaults.RunFonts!.Ascii!.Value.Should().Be("Times New Roman");
        defaults.RunFonts.HighAnsi!.Value.Should().Be("Times New Roman");
        defaults.FontSize!.Val!.Value.Should().Be("28");
        document.Body().Descendants<RunFonts>().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Docx.Names), MemberType = typeof(Docx))]
    public void The_header_table_names_the_cluster_and_head_on_the_left_and_the_bold_national_title_and_motto_on_the_right(string kind)
    {
        using var document = Docx.Write(kind);
        var header = document.Body().Elements().First().Should().BeOfType<Table>().Subject;
        var cells = header.Elements<TableRow>().First().Elements<TableCell>().ToList();

        cells[0].Descendants<Paragraph>().Select(p => p.InnerText).Should().StartWith(["CỤM THI ĐUA HUYỆN VÙNG CAO", "UBND HUYỆN TỦA CHÙA"]);
        cells[0].Paragraph("UBND HUYỆN TỦA CHÙA").Descendants<Run>().Should().OnlyContain(r => r.IsBold());
        cells[1].Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").Descendants<Run>().Should().OnlyContain(r => r.IsBold());
        cells[1].Paragraph("Độc lập - Tự do - Hạnh phúc").Descendants<Run>().Should().OnlyContain(r => r.IsBold());
        cells[1].Descendants<TopBorder>().Should().ContainSingle("a rule under the motto");
    }

    [Fact]
    public void The_proposal_letter_carries_its_number_and_the_other_records_a_blank_number_with_the_cluster_symbol()
    {
        Number("to-trinh").Should().Be("Số: 05/TTr-CTĐHVC");
        Number("bien-ban").Should().MatchRegex(@"^Số: +/BB-CTĐHVC$");
        Number("bien-ban-kiem-phieu").Should().MatchRegex(@"^Số: +/BB-CTĐHVC$");

        static string Number(string kind)
        {
            using var document = Docx.Write(kind);
            return document.Body().Elements<Table>().First().Elements<TableRow>().ElementAt(1).Elements<TableCell>().First().InnerText;
        }
    }

    [Theory]
    [MemberData(nameof(Docx.Names), MemberType = typeof(Docx))]
    public void The_place_and_date_line_is_in_italics(string kind)
    {
        using var document = Docx.Write(kind);

        document.Body().Paragraph("Tủa Chùa, ngày 13 tháng 01 năm 2023").Descendants<Run>().Should().OnlyContain(r => r.IsItalic());
    }

    [Theory]
    [InlineData("to-trinh", "TỜ TRÌNH")]
    [InlineData("bien-ban", "BIÊN BẢN")]
    [InlineData("bang-tong-hop-diem", "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2022")]
    [InlineData("bien-ban-kiem-phieu", "BIÊN BẢN KIỂM PHIẾU")]
    public void The_title_is_in_bold_capitals(string kind, string title)
    {
        using var document = Docx.Write(kind);

        document.Body().Paragraph(title).Descendants<Run>().Should().OnlyContain(r => r.IsBold());
    }

    [Fact]
    public void The_proposal_letter_ends_with_the_recipients_in_bold_italics_beside_the_cluster_signature()
    {
        using var document = Docx.Write("to-trinh");
        var closing = document.Body().Elements<Table>().Last().Elements<TableRow>().Single().Elements<TableCell>().ToList();

        closing[0].Paragraph("Nơi nhận:").Descendants<Run>().Should().OnlyContain(r => r.IsBold() && r.IsItalic());
        closing[0].Descendants<Paragraph>().Skip(1).Select(p => p.InnerText).Should()
            .Equal("- Ban Thi đua – Khen thưởng tỉnh;", "- Các đơn vị thành viên Cụm;", "- Lưu: VT.");
        closing[1].Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).Should()
            .Equal("TM. CỤM THI ĐUA HUYỆN VÙNG CAO", "TRƯỞNG CỤM", "Nguyễn Văn Hùng");
    }

    [Theory]
    [MemberData(nameof(Docx.Names), MemberType = typeof(Docx))]
    public void The_first_page_has_an_empty_header_and_the_others_a_page_number(string kind)
    {
        using var document = Docx.Write(kind);
        var main = document.MainDocumentPart!;
        var section = document.Body().Elements<SectionProperties>().Single();
        Header Of(HeaderFooterValues type) =>
            ((HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!)).Header!;

        section.GetFirstChild<TitlePage>().Should().NotBeNull();
        Of(HeaderFooterValues.First).InnerText.Should().BeEmpty();
        Of(HeaderFooterValues.Default).Descendants<FieldCode>().Select(f => f.Text.Trim()).Should().Equal("PAGE");
    }

    private static double Millimetres(int twips) => Math.Round(twips * 25.4 / 1440, 1);
}
