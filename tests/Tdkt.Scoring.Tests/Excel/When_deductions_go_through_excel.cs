using Tdkt.Testing;
using FluentAssertions;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Excel;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Excel;

public class When_deductions_go_through_excel
{
    private static readonly Tdkt.Scoring.Model.Framework Bk = Shipped.Load(Shipped.Bk);

    // BK layout: #g1 row 5, 1.1–1.15 rows 6–20, #g2 21, 2.1–2.5 22–26, #g3 27, 3.1 28, 3.2 29 + 30–35, 3.3 36 + 37–40,
    // 3.4 41 + 42–43, #bonus 44, T1.1–T1.6 45–49, #deductions 50, truy_to 51, canh_cao 52, khien_trach 53, vi_pham_quy_che 54.
    private static MemoryStream Exported()
    {
        var stream = new MemoryStream();
        ScoreSheetExporter.Export(Bk, "Huyện Ba Bể", stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Bad_counts_and_missing_reasons_are_named_by_cell()
    {
        var filled = ExcelFile.Fill(Exported(), ("D52", 1.5m), ("D54", 2m), ("F53", "hai"));

        ScoreSheetImporter.Import(filled, Bk).Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "D52: \"1.5\" phải là số lần (số nguyên không âm)",
            "E54: Điểm trừ phải ghi lý do",
            "F53: \"hai\" phải là số lần (số nguyên không âm)");
    }

    [Fact]
    public void Counted_deductions_with_reasons_reach_the_sheet_and_the_total()
    {
        var filled = ExcelFile.Fill(Exported(),
            ("D6", 4m), ("F6", 3.5m),                                        // 1.1
            ("D49", 3m), ("F49", 2m),                                        // bonus T1.6
            ("D53", 1m), ("E53", "Công chức bị khiển trách"), ("F53", 2m));  // khiển trách, 3 points each

        var table = ScoreSheetImporter.Import(filled, Bk).GetValueOrThrow();

        Total(table.ToUnitSheet("bb", "Huyện Ba Bể", appraised: false)).Should().Be(4 + 3 - 1 * 3);
        // 3,5 + 2 − 2 × 3 = −0,5: a total never falls below 0.
        Total(table.ToUnitSheet("bb", "Huyện Ba Bể", appraised: true)).Should().Be(Math.Max(0, 3.5m + 2 - 2 * 3));
        table.ToUnitSheet("bb", "Huyện Ba Bể", appraised: false).Deductions.Single().Reason.Should().Be("Công chức bị khiển trách");
    }

    private static decimal Total(UnitSheet sheet) =>
        ClusterScorer.Score(Bk, new ClusterSheets(null, null, true, [sheet])).GetValueOrThrow().Units.Single().Total;
}
