using Tdkt.Testing;
using FluentAssertions;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Excel;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Excel;

public class When_a_score_table_goes_through_excel
{
    private static readonly Tdkt.Scoring.Model.Framework Hd = Shipped.Load(Shipped.Hd);

    // HĐ layout: row 4 headers, row 5 "#g1", rows 6–11 criteria 1.1–1.6, row 12 "#g2", row 13 = 2.1, row 14 = 2.2 (max 60).
    private static MemoryStream Exported()
    {
        var stream = new MemoryStream();
        ScoreSheetExporter.Export(Hd, "Phường Hà Cầu", stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void An_unfilled_export_imports_with_no_filled_rows_and_no_errors()
    {
        var result = ScoreSheetImporter.Import(Exported(), Hd);

        result.Errors.Should().BeEmpty();
        result.Value!.Rows.Should().HaveCount(6 + 4 + 5).And.OnlyContain(r => !r.IsFilled);
        result.Value.UnitName.Should().Be("Phường Hà Cầu");
    }

    [Fact]
    public void Each_bad_cell_is_named_with_the_reason()
    {
        var filled = ExcelFile.Fill(Exported(),
            ("D14", 62m),                // 2.2: max 60
            ("F14", "năm mươi"),
            ("D13", 50m),                // 2.1 tiered: 60 / 45 / 30 / 0
            ("D6", -1m),                 // 1.1
            ("A40", "9.9"));

        ScoreSheetImporter.Import(filled, Hd).Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "D14: 62 vượt điểm tối đa 60",
            "F14: \"năm mươi\" không phải là số",
            "D13: 50 không phải mức điểm của tiêu chí (60; 45; 30; 0)",
            "D6: -1 không được âm",
            "A40: Không có tiêu chí mã \"9.9\" trong bảng điểm");
    }

    [Fact]
    public void A_filled_table_becomes_the_self_and_appraised_sheets()
    {
        var filled = ExcelFile.Fill(Exported(),
            ("D6", 90m), ("E6", "Quyết định xếp loại số 12"), ("F6", 90m),   // 1.1
            ("D14", 55.5m), ("F14", 50m));                                    // 2.2

        var table = ScoreSheetImporter.Import(filled, Hd).GetValueOrThrow();
        var self = table.ToUnitSheet("hc", "Phường Hà Cầu", appraised: false);
        var appraised = table.ToUnitSheet("hc", "Phường Hà Cầu", appraised: true);

        self.Criteria["1.1"].Evidence.Should().Equal("Quyết định xếp loại số 12");
        // Empty cells are 0 points given: even deduction criteria (2.4, 3.4, 3.5) count only what was typed.
        Total(self).Should().Be(90 + 55.5m);
        Total(appraised).Should().Be(90 + 50);
    }

    private static decimal Total(UnitSheet sheet) =>
        ClusterScorer.Score(Hd, new ClusterSheets(null, null, true, [sheet])).GetValueOrThrow().Units.Single().Total;

    [Fact]
    public void The_export_is_a_valid_open_xml_workbook_with_vietnamese_headers()
    {
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(Exported(), false);

        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).Should().BeEmpty();
        var header = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Single(r => r.RowIndex! == 4).Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text);
        header.Should().Equal("Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Minh chứng", "Điểm Cụm chấm", "Cách chấm");
    }

    [Fact]
    public void A_file_that_is_not_excel_gives_one_error_not_an_exception()
    {
        var result = ScoreSheetImporter.Import(new MemoryStream("không phải excel"u8.ToArray()), Hd);

        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("Tệp không phải bảng tính Excel (.xlsx) hợp lệ");
    }
}
