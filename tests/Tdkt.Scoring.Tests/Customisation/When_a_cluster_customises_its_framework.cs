using FluentAssertions;
using Tdkt.Scoring.Customisation;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Customisation;

public class When_a_cluster_customises_its_framework
{
    private static IEnumerable<string> Check(string file, Func<string, string> edit)
    {
        var custom = FrameworkLoader.Load(edit(Shipped.Text(file))).GetValueOrThrow();
        return CustomisationChecker.Check(Shipped.Load(file), custom).Select(e => e.ToString());
    }

    private static string Rename(string yaml, params string[] ids) =>
        ids.Aggregate(yaml, (y, id) => y.Replace($"id: \"{id}\"", $"id: \"{id}-moi\""));

    [Fact]
    public void Bk_may_replace_3_of_the_15_criteria_of_group_1()
    {
        Check(Shipped.Bk, y => Rename(y, "1.9", "1.10", "1.11")).Should().BeEmpty();   // 20 % × 15 = 3
    }

    [Fact]
    public void Bk_may_not_replace_4_of_15_nor_2_of_the_5_criteria_of_group_2()
    {
        Check(Shipped.Bk, y => Rename(y, "1.9", "1.10", "1.11", "1.12", "2.1", "2.2")).Should().BeEquivalentTo(
            "groups[g1].criteria: Nội dung «Thi đua thực hiện nhiệm vụ chính trị, nhiệm vụ chuyên môn» thay thế, bổ sung 4 trên 15 tiêu chí, vượt 20 % (tối đa 3) – bỏ 1.9, 1.10, 1.11, 1.12 – thêm 1.9-moi, 1.10-moi, 1.11-moi, 1.12-moi",
            "groups[g2].criteria: Nội dung «Thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; xây dựng hệ thống chính trị» thay thế, bổ sung 2 trên 5 tiêu chí, vượt 20 % (tối đa 1) – bỏ 2.1, 2.2 – thêm 2.1-moi, 2.2-moi");
    }

    [Fact]
    public void Bk_group_3_may_not_change_at_all()
    {
        Check(Shipped.Bk, y => Rename(y, "3.4.1")).Should().BeEquivalentTo(
            "groups[g3].criteria: Nội dung «Thực hiện các nhiệm vụ công tác thi đua, khen thưởng» không được tùy chỉnh – bỏ 3.4.1 – thêm 3.4.1-moi");
    }

    [Fact]
    public void Yt_may_detail_a_group_1_criterion_into_sub_criteria_with_the_same_points()
    {
        Check(Shipped.Yt, y => y.Replace(
            """{ id: "1.2", name: "Tham mưu kịp thời, có chất lượng, hiệu quả ban hành các văn bản chỉ đạo điều hành", max: 100 }""",
            """{ id: "1.2", name: "Tham mưu", max: 100, criteria: [ { id: "1.2.1", name: "Đúng hạn", max: 60 }, { id: "1.2.2", name: "Chất lượng", max: 40 } ] }"""))
            .Should().BeEmpty();
    }

    [Fact]
    public void Yt_may_not_change_a_groups_total()
    {
        Check(Shipped.Yt, y => y.Replace("max: 550", "max: 560").Replace("""max: 70 }""", """max: 80 }"""))
            .Should().Contain("groups[g1].max: Nội dung «Thi đua thực hiện các nhiệm vụ chính trị được giao» có tổng 560, khung quy định 550");
    }
}
