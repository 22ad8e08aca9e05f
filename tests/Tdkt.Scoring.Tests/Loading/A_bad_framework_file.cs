using FluentAssertions;
using Tdkt.Scoring.Loading;

namespace Tdkt.Scoring.Tests.Loading;

public class A_bad_framework_file
{
    private static IEnumerable<string> Errors(string yaml) => FrameworkLoader.Load(yaml).Errors.Select(e => e.ToString());

    [Fact]
    public void Reports_every_problem_with_its_path_in_one_pass()
    {
        var errors = Errors("""
            id: bad
            name: Sai nhiều chỗ
            scale: 100
            groups:
              - id: g1
                name: Nội dung 1
                max: 60
                criteria:
                  - { id: a, name: A, max: 10 }
                  - { id: b, name: B, max: 5 }
                  - { id: c, name: C, max: 5, kind: tiered, tiers: [ { id: t, name: T, points: 7 } ] }
                  - id: d
                    name: D
                    max: 40
                    criteria:
                      - { id: d1, name: D1, max: 20 }
                      - { id: d2, name: D2, max: 25 }
                  - { id: a, name: Trùng, max: 0, kind: magic }
            """);

        errors.Should().BeEquivalentTo(
            "groups[0].criteria[2].tiers[0].points: 7 vượt điểm tối đa của tiêu chí 5",
            "groups[0].criteria[3].max: các tiêu chí con cộng lại 45, tiêu chí ghi 40",
            "groups[0].criteria[4].max: Điểm tối đa phải lớn hơn 0 (nhận được 0)",
            "groups[0].criteria[4].kind: Loại tiêu chí \"magic\" không tồn tại; dùng một trong: manual, tiered, percent_of_plan, over_target, bands, rank, per_item, deduction, ratio, done",
            "groups[0].criteria[4].id: Mã \"a\" bị trùng");
    }

    [Fact]
    public void Says_when_criteria_do_not_add_up_to_the_group_or_groups_exceed_the_scale()
    {
        Errors("""
            id: x
            name: X
            scale: 50
            groups:
              - { id: g, name: G, max: 60, criteria: [ { id: a, name: A, max: 50 } ] }
            """).Should().BeEquivalentTo(
            "groups[0].max: các tiêu chí cộng lại 50, nội dung ghi 60",
            "scale: các nội dung (60) cộng điểm thưởng (0) bằng 60, vượt thang điểm 50");
    }

    [Fact]
    public void Names_missing_fields_unknown_keys_and_overlapping_bands()
    {
        Errors("""
            id: x
            scale: 10
            groups:
              - id: g
                name: G
                max: 10
                criteria:
                  - { id: b, name: B, max: 10, kind: bands, bands: [ { min: 0, below: 60, points: 5 }, { min: 50, points: 10 } ], colour: red }
            """).Should().BeEquivalentTo(
            "name: Thiếu giá trị bắt buộc",
            "groups[0].criteria[0].bands[1]: Khoảng từ 50 trở lên chồng lên khoảng bands[0] (từ 0 đến dưới 60)",
            "groups[0].criteria[0].colour: Khóa không được hỗ trợ");
    }

    [Fact]
    public void Checks_award_rules_against_the_party_ratings()
    {
        Errors("""
            id: x
            name: X
            scale: 10
            groups: [ { id: g, name: G, max: 10, criteria: [ { id: a, name: A, max: 10 } ] } ]
            awards:
              list:
                - { id: co, name: Cờ, count: 1, requires_party_rating: htxs }
                - { id: bk, name: Bằng khen, rest: true }
            """).Should().BeEquivalentTo(
            "awards.list[0].requires_party_rating: Xếp loại \"htxs\" không có trong eligibility.party_ratings",
            "awards.list[1].rest: rest: true cần awards.total_by_size");
    }

    [Theory]
    [InlineData("", "Tệp rỗng")]
    [InlineData("- just\n- a list", "Phải là một bảng khóa: giá trị")]
    [InlineData("id: [unclosed", "Lỗi cú pháp YAML/JSON")]
    public void Rejects_text_that_is_not_a_framework_without_throwing(string text, string error) =>
        Errors(text).Should().ContainSingle().Which.Should().Contain(error);
}
