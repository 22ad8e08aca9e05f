using System.Text.Json;
using FluentAssertions;
using Tdkt.Scoring.Rendering;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Rendering;

public class When_rendering_a_cluster
{
    private static readonly Tdkt.Scoring.Model.Framework Bk = Shipped.Load(Shipped.Bk);

    private static Tdkt.Scoring.Computation.ClusterResult Cluster() => UnitBuilder.Run(Bk,
        UnitBuilder.FullMarks(Bk, "A").Bonus("T1.1", new() { Points = 2 }),           // 92
        UnitBuilder.FullMarks(Bk, "B").Deduct("khien_trach", 1, "Khiển trách"),      // 87
        UnitBuilder.FullMarks(Bk, "C").Fact("no_covenant"));                         // 90, excluded

    [Fact]
    public void Json_gives_each_units_total_rank_status_reasons_then_the_awards()
    {
        using var doc = JsonDocument.Parse(JsonRenderer.Render(Cluster()));
        var units = doc.RootElement.GetProperty("units").EnumerateArray().ToList();

        units.Select(u => u.GetProperty("id").GetString()).Should().Equal("A", "C", "B");
        units[0].GetProperty("total").GetDecimal().Should().Be(92);
        units[0].GetProperty("bonus").GetDecimal().Should().Be(2);
        units[1].GetProperty("status").GetString().Should().Be("excluded");
        units[1].GetProperty("reasons")[0].GetString().Should().Be("Không xét thi đua: Không đăng ký và ký kết giao ước thi đua");
        units[2].GetProperty("deductionItems")[0].GetProperty("reason").GetString().Should().Be("Khiển trách");
        units[2].GetProperty("rank").GetInt32().Should().Be(3);
        var awards = doc.RootElement.GetProperty("awards");
        awards[0].GetProperty("proposed")[0].GetString().Should().Be("A");
        awards[1].GetProperty("proposed")[0].GetString().Should().Be("B");
    }

    [Fact]
    public void Json_shows_a_tie_at_the_top_as_a_vote()
    {
        var db = Shipped.Load(Shipped.Db);
        var result = UnitBuilder.Run(db, UnitBuilder.FullMarks(db, "X"), UnitBuilder.FullMarks(db, "Y"));

        using var doc = JsonDocument.Parse(JsonRenderer.Render(result, includeTraces: false));
        var flag = doc.RootElement.GetProperty("awards")[0];
        flag.GetProperty("outcome").GetString().Should().Be("vote_required");
        flag.GetProperty("voteCandidates").EnumerateArray().Select(e => e.GetString()).Should().Equal("X", "Y");
        doc.RootElement.GetProperty("units")[0].GetProperty("tiedWith")[0].GetString().Should().Be("Y");
    }

    [Fact]
    public void Json_keeps_vietnamese_readable()
    {
        JsonRenderer.Render(Cluster()).Should().Contain("Không xét thi đua");
    }

    [Fact]
    public void The_text_table_lists_units_in_rank_order_with_group_columns_and_the_proposals()
    {
        var lines = TableRenderer.Render(Cluster()).Split(Environment.NewLine);

        lines[1].Should().Be("Hạng | Đơn vị   | ND1 (60) | ND2 (15) | ND3 (15) | Thưởng | Trừ | Tổng | Tình trạng");
        lines[3].Should().Be("1    | Đơn vị A | 60       | 15       | 15       | 2      | 0   | 92   | Đủ điều kiện");
        lines[4].Should().Be("2    | Đơn vị C | 60       | 15       | 15       | 0      | 0   | 90   | Không xét");
        lines.Should().Contain("- Cờ thi đua của UBND tỉnh (1 suất): Đơn vị A");
        lines.Should().Contain("- Bằng khen của Chủ tịch UBND tỉnh (2 suất): Đơn vị B");
    }
}
