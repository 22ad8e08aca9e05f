using FluentAssertions;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Kinds;

public class Each_kind_at_its_edges
{
    private static decimal Points(string criteriaYaml, string id) =>
        KindsFramework.ScoreUnit(criteriaYaml).GetValueOrThrow().Unit("u").Points(id);

    private static IEnumerable<string> Errors(string criteriaYaml) =>
        KindsFramework.ScoreUnit(criteriaYaml).Errors.Select(e => e.ToString());

    [Theory]
    [InlineData("{ manual: { score: 0 } }", "manual", 0)]
    [InlineData("{ manual: { score: 10 } }", "manual", 10)]
    [InlineData("{ manual: { score: 7.25 } }", "manual", 7.25)]
    [InlineData("{ tiered: { tier: b } }", "tiered", 6)]
    [InlineData("{ pct: { value: 0, plan: 100 } }", "pct", 0)]
    [InlineData("{ pct: { value: 100, plan: 100 } }", "pct", 10)]          // exactly the plan → max
    [InlineData("{ pct: { value: 250, plan: 100 } }", "pct", 10)]          // above the plan → capped
    [InlineData("{ pct: { value: 1, plan: 3 } }", "pct", 3.33)]            // 10 ÷ 3 = 3,333… → 3,33
    [InlineData("{ bands: { value: 95, plan: 100 } }", "bands", 10)]       // 95 is in [95; ∞)
    [InlineData("{ bands: { value: 94.99, plan: 100 } }", "bands", 8)]     // just below 95
    [InlineData("{ bands: { value: 89, plan: 100 } }", "bands", 0)]        // in no band
    [InlineData("{ item: { count: 0 } }", "item", 0)]
    [InlineData("{ item: { count: 20 } }", "item", 10)]                    // 20 × 0,5 = 10 exactly
    [InlineData("{ item: { count: 31 } }", "item", 10)]                    // 15,5 → capped at 10
    [InlineData("{ ded: { count: 0 } }", "ded", 10)]
    [InlineData("{ ded: { count: 3 } }", "ded", 9.25)]                     // 10 − 3 × 0,25
    [InlineData("{ ded: { count: 100 } }", "ded", 5)]                      // 25 lost, capped at 5
    [InlineData("{ ratio: { count: 0, total: 8 } }", "ratio", 0)]
    [InlineData("{ ratio: { count: 8, total: 8 } }", "ratio", 10)]
    [InlineData("{ ratio: { count: 5, total: 8 } }", "ratio", 6.25)]       // 5 × 10 ÷ 8
    [InlineData("{ done: { done: true } }", "done", 10)]
    [InlineData("{ done: { done: false } }", "done", 0)]
    [InlineData("{ over: { value: 100, plan: 100 } }", "over", 0)]        // the target reached, not exceeded
    [InlineData("{ over: { value: 95, plan: 100 } }", "over", 0)]         // below the target: no bonus, no penalty
    [InlineData("{ over: { value: 104, plan: 100 } }", "over", 2)]        // 4 % over × 0,5
    [InlineData("{ over: { value: 150, plan: 100 } }", "over", 3)]        // 25 points → at most 3 per target, not refused
    [InlineData("{ sub.a: { score: 4 }, sub.b: { done: true } }", "sub", 10)]
    [InlineData("{ sub.a: { score: 2.5 } }", "sub", 2.5)]                  // sub.b missing → 0
    [InlineData("{ ded: { points: 7.5 } }", "ded", 7.5)]                   // points given directly
    [InlineData("{ tiered: { points: 6 } }", "tiered", 6)]
    public void Points_follow_the_rule_of_the_kind(string input, string id, decimal expected) =>
        Points(input, id).Should().Be(expected);

    [Theory]
    [InlineData("manual")]
    [InlineData("tiered")]
    [InlineData("pct")]
    [InlineData("bands")]
    [InlineData("rank")]
    [InlineData("item")]
    [InlineData("ratio")]
    [InlineData("done")]
    [InlineData("sub")]
    public void A_missing_input_scores_zero_and_says_so(string id)
    {
        var unit = KindsFramework.ScoreUnit("{}").GetValueOrThrow().Unit("u");

        unit.Points(id).Should().Be(0);
        (id == "sub" ? unit.Trace("sub.a") : unit.Trace(id)).Should().StartWith("Chưa có");
    }

    [Fact]
    public void Rounding_happens_once_per_criterion_half_away_from_zero_and_the_trace_says_so()
    {
        // 1 ÷ 8 × 10 = 1,25 exactly; 1 ÷ 3 × 10 = 3,333… → 3,33; 5 ÷ 6 × 10 = 8,333… → 8,33; sum of rounded values.
        var unit = KindsFramework.ScoreUnit("{ pct: { value: 1, plan: 3 }, ratio: { count: 5, total: 6 }, manual: { score: 1.25 } }")
            .GetValueOrThrow().Unit("u");

        unit.Trace("pct").Should().Be("Đạt 1/3 kế hoạch = 33,33% × 10 = 3,3333 → làm tròn 3,33");
        unit.Total.Should().Be(3.33m + 8.33m + 1.25m + 10);   // + 10 for the deduction criterion with nothing to deduct
    }

    [Fact]
    public void A_missing_count_on_a_deduction_criterion_means_nothing_to_deduct()
    {
        KindsFramework.ScoreUnit("{}").GetValueOrThrow().Unit("u").Points("ded").Should().Be(10);
    }

    [Theory]
    [InlineData("{ manual: { score: 10.5 } }", "units[0].criteria[manual].score: 10,5 vượt điểm tối đa 10")]
    [InlineData("{ manual: { score: -1 } }", "units[0].criteria[manual].score: -1 không được âm")]
    [InlineData("{ tiered: { tier: c } }", "units[0].criteria[tiered].tier: Mức \"c\" không có trong tiêu chí; các mức: a, b")]
    [InlineData("{ pct: { value: -5, plan: 100 } }", "units[0].criteria[pct].value: -5 không được âm")]
    [InlineData("{ pct: { value: 5, plan: 0 } }", "units[0].criteria[pct].plan: Kế hoạch phải lớn hơn 0 (nhận được 0)")]
    [InlineData("{ pct: { value: 5 } }", "units[0].criteria[pct].plan: Thiếu kế hoạch để tính tỷ lệ")]
    [InlineData("{ item: { count: -2 } }", "units[0].criteria[item].count: -2 không được âm")]
    [InlineData("{ ded: { count: -1 } }", "units[0].criteria[ded].count: -1 không được âm")]
    [InlineData("{ ratio: { count: 9, total: 8 } }", "units[0].criteria[ratio].count: Số nhiệm vụ hoàn thành (9) lớn hơn số được giao (8)")]
    [InlineData("{ manual: { tier: a } }", "units[0].criteria[manual].tier: Tiêu chí loại manual không dùng trường tier (dùng: score, points)")]
    [InlineData("{ sub: { score: 3 } }", "units[0].criteria[sub].score: Tiêu chí loại sum không dùng trường score")]
    [InlineData("{ tiered: { points: 7 } }", "units[0].criteria[tiered].points: 7 không phải mức điểm của tiêu chí (10; 6)")]
    [InlineData("{ pct: { points: 11 } }", "units[0].criteria[pct].points: 11 vượt điểm tối đa 10")]
    [InlineData("{ pct: { points: 5, value: 3, plan: 4 } }", "units[0].criteria[pct].points: Dùng points hoặc số liệu của tiêu chí, không dùng cả hai")]
    [InlineData("{ nope: { score: 3 } }", "units[0].criteria[nope]: Không có tiêu chí mã \"nope\" trong bảng điểm")]
    [InlineData("{ done: { done: maybe } }", "units[0].criteria[done].done: Phải là true hoặc false (nhận được \"maybe\")")]
    public void Bad_input_is_refused_with_its_path(string input, string error) =>
        Errors(input).Should().Contain(error);

    [Fact]
    public void Rank_gives_equal_values_the_same_rank_and_never_goes_below_the_floor()
    {
        var r = KindsFramework.ScoreUnits("""
            units:
              - { id: a, name: A, criteria: { rank: { value: 9 } } }
              - { id: b, name: B, criteria: { rank: { value: 9 } } }
              - { id: c, name: C, criteria: { rank: { value: 7 } } }
              - { id: d, name: D, criteria: { rank: { value: 5 } } }
              - { id: e, name: E, criteria: { rank: { value: 1 } } }
            """).GetValueOrThrow();

        r.Unit("a").Points("rank").Should().Be(10);
        r.Unit("b").Points("rank").Should().Be(10);
        r.Unit("c").Points("rank").Should().Be(10 - 2 * 2);      // rank 3
        r.Unit("d").Points("rank").Should().Be(4);               // rank 4: 10 − 3 × 2 = 4 = floor
        r.Unit("e").Points("rank").Should().Be(4);               // rank 5: 0 → floor 4
    }
}
