using FluentAssertions;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Loading;

public class A_bad_sheets_file
{
    private static IEnumerable<string> Errors(string text) =>
        SheetsLoader.Load(text, Shipped.Load(Shipped.Bk)).Errors.Select(e => e.ToString());

    [Fact]
    public void Reports_every_problem_with_its_path()
    {
        Errors("""
            units:
              - id: a
                name: A
                criteria: { "1.5": { score: 5 } }
                deductions: [ { type: phat, reason: x }, { type: khien_trach, count: 0, reason: y } ]
                facts: [ bi_dieu_tra ]
                bonus: { "T9": { score: 1 } }
              - { id: a, name: Trùng, head: true }
              - { id: c, name: C, head: true }
            """).Should().BeEquivalentTo(
            "units[0].criteria[1.5].score: 5 vượt điểm tối đa 4",
            "units[0].bonus[T9]: Không có điểm thưởng mã \"T9\" trong bảng điểm",
            "units[0].deductions[0].type: Loại điểm trừ \"phat\" không có trong bảng điểm; các loại: truy_to, canh_cao, khien_trach, vi_pham_quy_che",
            "units[0].deductions[1].count: Số lần phải từ 1 trở lên (nhận được 0)",
            "units[0].facts[0]: Tình trạng \"bi_dieu_tra\" không có trong bảng điểm; các tình trạng: no_covenant, leader_disciplined, under_investigation",
            "units[1].id: Mã đơn vị \"a\" bị trùng",
            "units: Chỉ có một đơn vị Cụm trưởng (có 2 đơn vị khai head: true)");
    }

    [Fact]
    public void Accepts_json_as_well_as_yaml()
    {
        var result = SheetsLoader.Load("""
            { "cluster": "Cụm 1", "year": 2024, "units": [ { "id": "a", "name": "A", "criteria": { "1.5": { "score": 3.5 } } } ] }
            """, Shipped.Load(Shipped.Bk));

        result.Errors.Should().BeEmpty();
        result.Value!.Units.Single().Criteria["1.5"].Score.Should().Be(3.5m);
    }
}

public class A_sheets_file_with_structural_and_semantic_errors
{
    [Fact]
    public void Reports_both_kinds_in_one_pass_and_reads_no_decimal_comma_as_thousands()
    {
        SheetsLoader.Load("""
            units:
              - { name: Không mã, criteria: { "1.5": { score: "1,5" } } }
              - { id: b, name: B, criteria: { "1.5": { score: 9 } } }
            """, Shipped.Load(Shipped.Bk)).Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
            "units[0].id: Thiếu giá trị bắt buộc",
            "units[0].criteria[1.5].score: Phải là một số (nhận được \"1,5\")",
            "units[1].criteria[1.5].score: 9 vượt điểm tối đa 4");
    }
}
