using FluentAssertions;
using Tdkt.Scoring.Awards;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Frameworks;

public class When_scoring_a_hd_district_cluster
{
    private static readonly Tdkt.Scoring.Model.Framework Hd = Shipped.Load(Shipped.Hd);

    // Full marks: 500 + 250 + 250 = 1000, when the unit's administrative-reform index ranks first.
    private static UnitBuilder Full(string id, decimal reformIndex) =>
        UnitBuilder.FullMarks(Hd, id).Set("1.2", new CriterionInput { Value = reformIndex }).Party("htxs");

    private static ClusterResult EightUnits() => UnitBuilder.Run(Hd,
        Full("H1", 95).Fact("shortcomings"),                                             // rank 1 → 30: 1000
        Full("H2", 90).Set("1.1", new() { Tier = "htt" }),                               // 28; HTTNV 90: 1000 − 2 − 10 = 988
        Full("H3", 85).Party("htt").Set("2.1", new() { Tier = "htt" }),                  // 26; 45: 1000 − 4 − 15 = 981
        Full("H4", 80).Set("1.3", new() { Value = 92, Plan = 100 })                      // 24; 92 % → 8
            .Set("1.4", new() { Count = 7, Total = 10 }),                                // 7 × 100 ÷ 10 = 70: 1000 − 6 − 2 − 30 = 962
        Full("H5", 70).Party("ht").Set("2.1", new() { Tier = "ht" }),                    // 22; 30: 1000 − 8 − 30 = 962
        Full("H6", 60).Fact("under_inspection"),                                         // 20: 1000 − 10 = 990
        Full("H7", 50).Score("1.6", 0),                                                  // 18: 1000 − 12 − 100 = 888
        Full("H8", 0).Without("1.2").Set("2.4", new() { Count = 3 }));                   // no index: 0; 60 − 3 × 2: 1000 − 30 − 6 = 964

    [Fact]
    public void The_cd_criterion_kinds_score_as_computed_by_hand()
    {
        var r = EightUnits();

        r.Units.Select(u => (u.UnitId, u.Total)).Should().Equal(
            ("H1", 1000m), ("H6", 990m), ("H2", 988m), ("H3", 981m), ("H8", 964m), ("H4", 962m), ("H5", 962m), ("H7", 888m));
        r.Unit("H7").Points("1.2").Should().Be(30 - 6 * 2);
        r.Unit("H7").Trace("1.2").Should().Be("Giá trị 50 xếp thứ 7/7 trong cụm → 30 − 6 × 2 = 18 điểm");
        r.Unit("H8").Trace("1.2").Should().Be("Chưa có giá trị để xếp hạng → 0 điểm");
        r.Unit("H4").Trace("1.4").Should().Be("n × i ÷ N = 7 × 100 ÷ 10 = 70");
        r.Unit("H4").Trace("1.3").Should().Be("Đạt 92/100 = 92% kế hoạch thuộc khoảng từ 90 đến dưới 95 → 8 điểm");
    }

    [Fact]
    public void A_party_rating_of_hoan_thanh_nhiem_vu_excludes_the_unit()
    {
        var h5 = EightUnits().Unit("H5");

        h5.Status.Should().Be(UnitStatus.Excluded);
        h5.Reasons.Should().Equal("Không xét thi đua: tổ chức đảng xếp loại «Hoàn thành nhiệm vụ»");
    }

    [Fact]
    public void The_flag_needs_900_and_an_excellent_party_rating_and_shortcomings_lower_the_award_by_one_level()
    {
        var awards = EightUnits().Awards;

        awards[0].Proposed.Should().Equal("H2");           // H1 lowered, H6 deferred
        awards[0].Notes.Should().Contain("Đơn vị H1: bị hạ một mức khen thưởng nên không đạt «Cờ thi đua Thành phố (đơn vị xuất sắc phong trào thi đua)»");
        awards[1].Seats.Should().Be(2);                    // cluster of 8 → 2nd and 3rd
        awards[1].Proposed.Should().Equal("H1", "H3");     // H3's rating (tốt) is enough for a Certificate
    }

    [Fact]
    public void Without_a_unit_at_900_no_flag_is_proposed_and_a_small_cluster_gets_one_certificate()
    {
        var r = UnitBuilder.Run(Hd,
            Full("A", 90).Score("1.6", 10),                  // rank 1: 1000 − 90 = 910
            Full("B", 80).Score("1.6", 0).Score("3.2", 50),  // 1000 − 2 − 100 − 30 = 868
            Full("C", 70).Score("1.6", 0).Score("3.2", 20)); // 1000 − 4 − 100 − 60 = 836

        var a = r.Unit("A");
        a.Total.Should().Be(1000 - 90);
        var flag = r.Awards[0];
        flag.Proposed.Should().Equal("A");
        r.Awards[1].Seats.Should().Be(1);
        r.Awards[1].Proposed.Should().Equal("B");

        // Without A, B ranks first on the index (30): 1000 − 100 − 30 = 870; C second (28): 1000 − 2 − 100 − 60 = 838.
        var lower = UnitBuilder.Run(Hd, Full("B", 80).Score("1.6", 0).Score("3.2", 50), Full("C", 70).Score("1.6", 0).Score("3.2", 20));
        lower.Awards[0].Outcome.Should().Be(AwardOutcome.NoCandidate);
        lower.Awards[0].Notes.Should().Contain("Đơn vị B: tổng điểm 870 thấp hơn 900 cần cho «Cờ thi đua Thành phố (đơn vị xuất sắc phong trào thi đua)»");
        lower.Awards[1].Proposed.Should().Equal("B");      // 870 ≥ 850; C's 838 is not
    }
}
