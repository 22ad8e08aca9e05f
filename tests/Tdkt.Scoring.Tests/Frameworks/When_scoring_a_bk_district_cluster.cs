using FluentAssertions;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Frameworks;

public class When_scoring_a_bk_district_cluster
{
    private static readonly Tdkt.Scoring.Model.Framework Bk = Shipped.Load(Shipped.Bk);

    // Full marks on the three groups: 60 + 15 + 15 = 90 (bonus may add up to 10).
    private static UnitBuilder Full(string id) => UnitBuilder.FullMarks(Bk, id);

    private static Tdkt.Scoring.Computation.ClusterResult EightUnits() => UnitBuilder.Run(Bk,
        Full("U1").Bonus("T1.1", new() { Points = 3 }).Bonus("T1.2", new() { Points = 3 }).Bonus("T1.3", new() { Points = 3 })
            .Bonus("T1.4", new() { Points = 2.5m }).Deduct("vi_pham_quy_che", 1, "Vắng họp sơ kết"),
        Full("U2").Bonus("T1.1", new() { Points = 3 }),
        Full("U3").Set("1.1", new CriterionInput { Value = 90, Plan = 100 }),
        Full("U4").Deduct("khien_trach", 1, "Công chức bị khiển trách"),
        Full("U5").Score("1.9", 1).Score("1.10", 1).Score("1.11", 1).Score("1.12", 1)
            .Bonus("T1.1", new() { Points = 3 }).Bonus("T1.2", new() { Points = 3 }),
        Full("U6").Deduct("truy_to", 1, "Cán bộ bị truy tố").Deduct("canh_cao", 1, "Cảnh cáo"),
        Full("U7").Bonus("T1.1", new() { Points = 3 }).Fact("leader_disciplined"),
        Full("U8").Fact("under_investigation"));

    [Fact]
    public void Bonus_is_capped_at_10_before_deductions_and_the_total_at_100()
    {
        var u1 = EightUnits().Unit("U1");

        u1.Bonus.Should().Be(10);                 // 3 + 3 + 3 + 2,5 = 11,5 → capped at 10
        u1.Total.Should().Be(90 + 10 - 2);        // 98
        u1.TotalTrace.Text.Should().Be("Các nội dung 90 + điểm thưởng 11,5 → tối đa 10 = 100 − điểm trừ 2 = 98");
    }

    [Fact]
    public void Percent_of_plan_and_deductions_follow_the_hand_arithmetic()
    {
        var r = EightUnits();

        r.Unit("U3").Points("1.1").Should().Be(90m / 100 * 4);   // 3,6
        r.Unit("U3").Total.Should().Be(90 - 4 + 3.6m);           // 89,6
        r.Unit("U4").Total.Should().Be(90 - 3);
        r.Unit("U6").Total.Should().Be(90 - 10 - 5);             // 75
    }

    [Fact]
    public void Units_below_80_or_with_group_1_below_50_are_ineligible_with_the_threshold_missed()
    {
        var r = EightUnits();

        r.Unit("U5").Total.Should().Be(60 - 4 * 3 + 30 + 6);     // 84: enough in total…
        r.Unit("U5").Status.Should().Be(UnitStatus.Ineligible);  // …but group 1 is 48
        r.Unit("U5").Reasons.Should().Equal(
            "Nội dung «Thi đua thực hiện nhiệm vụ chính trị, nhiệm vụ chuyên môn» đạt 48, thấp hơn mức tối thiểu 50");
        r.Unit("U6").Reasons.Should().Equal("Tổng điểm 75 thấp hơn mức tối thiểu 80");
    }

    [Fact]
    public void Ranks_show_ties_and_statuses_show_exclusion_and_deferral()
    {
        var r = EightUnits();

        r.Units.Select(u => (u.UnitId, u.Rank)).Should().Equal(
            ("U1", 1), ("U2", 2), ("U7", 2), ("U8", 4), ("U3", 5), ("U4", 6), ("U5", 7), ("U6", 8));
        r.Unit("U2").TiedWith.Should().Equal("U7");
        r.Unit("U7").Status.Should().Be(UnitStatus.Excluded);
        r.Unit("U8").Status.Should().Be(UnitStatus.Deferred);
    }

    [Fact]
    public void A_cluster_under_10_units_proposes_3_excellent_units_flag_first()
    {
        var awards = EightUnits().Awards;

        awards[0].Proposed.Should().Equal("U1");
        awards[1].Seats.Should().Be(3 - 1);
        awards[1].Proposed.Should().Equal("U2", "U3");          // U7 excluded, U8 deferred
    }

    [Theory]
    [InlineData(9, 3)]
    [InlineData(10, 4)]
    [InlineData(15, 4)]
    [InlineData(16, 5)]
    public void The_number_of_excellent_units_follows_cluster_size(int size, int excellent)
    {
        // Distinct totals: unit i loses i × 0,25 on criterion 1.9, so no tie decides anything.
        var units = Enumerable.Range(0, size).Select(i => Full($"U{i:00}").Score("1.9", 4 - i * 0.25m)).ToArray();

        var awards = UnitBuilder.Run(Bk, units).Awards;

        awards.Sum(a => a.Proposed.Count).Should().Be(excellent);
        awards.SelectMany(a => a.Proposed).Should().Equal(Enumerable.Range(0, excellent).Select(i => $"U{i:00}"));
    }
}
