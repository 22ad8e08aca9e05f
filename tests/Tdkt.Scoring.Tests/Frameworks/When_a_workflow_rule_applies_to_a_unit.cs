using FluentAssertions;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Frameworks;

/// <summary>Consequences decided outside the framework's catalogue: a missed deadline's "deduct: N" and "exclude: true".</summary>
public class When_a_workflow_rule_applies_to_a_unit
{
    private static readonly Tdkt.Scoring.Model.Framework Bk = Shipped.Load(Shipped.Bk);

    [Fact]
    public void A_deduction_in_points_is_taken_from_the_total_with_its_reason()
    {
        var r = UnitBuilder.Run(Bk, UnitBuilder.FullMarks(Bk, "A").DeductPoints("deadline:annual-report", 2.5m, "Nộp báo cáo năm muộn"),
            UnitBuilder.FullMarks(Bk, "B"));

        var a = r.Unit("A");
        a.Total.Should().Be(87.5m);
        a.DeductionItems.Should().ContainSingle().Which.Should().Be(new DeductionResult("deadline:annual-report", "Nộp báo cáo năm muộn", 1, 2.5m, "Nộp báo cáo năm muộn"));
        a.TotalTrace.Text.Should().EndWith("− điểm trừ 2,5 = 87,5");
    }

    [Fact]
    public void An_exclusion_with_its_reason_removes_the_unit_from_the_awards()
    {
        var r = UnitBuilder.Run(Bk, UnitBuilder.FullMarks(Bk, "A").Status(true, "Không nộp báo cáo tổng kết đúng hạn"),
            UnitBuilder.FullMarks(Bk, "B"), UnitBuilder.FullMarks(Bk, "C").Status(false, "Đang chờ kết luận thanh tra"));

        r.Unit("A").Status.Should().Be(UnitStatus.Excluded);
        r.Unit("A").Reasons.Should().Equal("Không xét thi đua: Không nộp báo cáo tổng kết đúng hạn");
        r.Unit("C").Status.Should().Be(UnitStatus.Deferred);
        r.Awards.SelectMany(a => a.Proposed).Should().Equal("B");
    }
}
