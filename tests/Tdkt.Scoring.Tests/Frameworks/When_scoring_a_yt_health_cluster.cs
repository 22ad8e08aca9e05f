using FluentAssertions;
using Tdkt.Scoring.Awards;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Frameworks;

public class When_scoring_a_yt_health_cluster
{
    private static readonly Tdkt.Scoring.Model.Framework Yt = Shipped.Load(Shipped.Yt);

    // Full marks on YT: 550 + 200 + (200 − 5, since criterion 3.4.4's best band gives 5 of its 10) = 945.
    private static UnitBuilder Full(string id) => UnitBuilder.FullMarks(Yt, id);

    private static UnitBuilder UnitA() => Full("A")
        .Set("1.1", new CriterionInput { Count = 3 })                               // 100 − 3 × 1 = 97
        .Score("1.3", 62.5m)                                                        // 62,5 of 70
        .Set("1.7.2", new CriterionInput { Count = 2 })                             // 30 − 2 × 2 = 26
        .Set("2.1", new CriterionInput { Tier = "kha" })                            // Khá = 45
        .Set("2.4", new CriterionInput { Tier = "htt" })                            // 30
        .Set("3.2.2.1", new CriterionInput { Count = 12 })                          // 12 × 0,5 = 6
        .Set("3.4.1", new CriterionInput { Count = 6 })                             // 10 − 6 × 0,25 = 8,5
        .Set("3.4.2", new CriterionInput { Count = 14 })                            // 10 − min(14, cap 10) = 0
        .Set("3.4.3", new CriterionInput { Counts = new Dictionary<string, int> { ["ntvt"] = 3, ["dot_xuat"] = 2 } }) // 1,5 + 2
        .Set("3.4.4", new CriterionInput { Value = 60 })                            // 50–<75 % → 3
        .Set("3.7.2", new CriterionInput { Done = false });                         // 0

    [Fact]
    public void A_unit_with_late_tasks_and_mixed_tiers_gets_the_hand_computed_total()
    {
        var a = UnitBuilder.Run(Yt, UnitA()).Unit("A");

        a.Group("g1").Should().Be(550m - 3 - (70 - 62.5m) - 4);                     // 535,5
        a.Group("g2").Should().Be(200m - 5 - 10);                                   // 185
        a.Group("g3").Should().Be(195m - 9 - 1.5m - 10 - 6.5m - 2 - 2);             // 164
        a.Total.Should().Be(535.5m + 185 + 164);                                    // 884,5
        a.Points("1.7").Should().Be(10 + 26);
        a.Points("3.4").Should().Be(8.5m + 0 + 3.5m + 3 + 10);
    }

    [Fact]
    public void The_trace_explains_each_in_criterion_deduction_in_vietnamese()
    {
        var a = UnitBuilder.Run(Yt, UnitA()).Unit("A");

        a.Trace("3.4.1").Should().Be("10 − 6 ngày nộp chậm × 0,25 = 8,5");
        a.Trace("3.4.2").Should().Be("10 − 14 hồ sơ không đủ điều kiện × 1 (trừ tối đa 10) = 0");
        a.Trace("2.1").Should().Be("Xếp loại «Khá» → 45 điểm");
        a.Trace("3.4.4").Should().Be("Giá trị 60 thuộc khoảng từ 50 đến dưới 75 → 3 điểm");
    }

    [Fact]
    public void An_excluded_unit_tied_at_the_top_does_not_force_a_vote()
    {
        var result = UnitBuilder.Run(Yt, UnitA(), Full("B"), Full("C").Fact("no_covenant"), Full("D").Fact("under_investigation"));

        result.Unit("B").Total.Should().Be(945);
        result.Unit("C").Total.Should().Be(945);
        result.Unit("B").Rank.Should().Be(1);
        result.Unit("C").Rank.Should().Be(1);
        result.Unit("B").TiedWith.Should().Equal("C", "D");
        result.Unit("C").Status.Should().Be(UnitStatus.Excluded);
        result.Unit("C").Reasons.Should().Equal("Không xét thi đua: Không đăng ký và ký kết giao ước thi đua");
        result.Unit("D").Status.Should().Be(UnitStatus.Deferred);
        result.Unit("D").Reasons.Should().Equal("Chưa xét thi đua: Có dấu hiệu sai phạm đang chờ cơ quan có thẩm quyền kết luận");
        var flag = result.Awards.Single();
        flag.Outcome.Should().Be(AwardOutcome.Proposed);
        flag.Proposed.Should().Equal("B");
    }
}
