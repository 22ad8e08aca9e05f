using System.Text.RegularExpressions;
using FluentAssertions;

namespace Tdkt.Dossier.Tests;

[Collection(RenderedByLibreOffice.Name)]
public sealed class When_the_dossier_documents_are_rendered_by_LibreOffice(LibreOffice office)
{
    [Theory]
    [InlineData("to-trinh", "TỜ TRÌNH")]
    [InlineData("bien-ban", "BIÊN BẢN")]
    [InlineData("bang-tong-hop-diem", "BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2022")]
    [InlineData("bien-ban-kiem-phieu", "BIÊN BẢN KIỂM PHIẾU")]
    public void Page_one_shows_the_national_title_the_motto_the_place_and_date_and_the_title(string kind, string title)
    {
        var document = office[kind];

        document.Pages.Should().BeGreaterThanOrEqualTo(1);
        var first = document.PageTexts[0];
        first.Should().Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("Độc lập - Tự do - Hạnh phúc")
            .And.Contain("CỤM THI ĐUA HUYỆN VÙNG CAO").And.Contain("UBND HUYỆN TỦA CHÙA").And.Contain("Tủa Chùa, ngày 13 tháng 01 năm 2023");
        document.Lines.Should().Contain(title);
        File.Exists(Path.Combine(LibreOffice.Artifacts, kind + ".png")).Should().BeTrue();
    }

    [Fact]
    public void The_proposal_letter_asks_the_chairman_through_the_board_for_each_award_and_its_units()
    {
        var letter = office["to-trinh"].Flat;

        letter.Should().Contain("Số: 05/TTr-CTĐHVC")
            .And.Contain("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Điện Biên").And.Contain("(qua Ban Thi đua – Khen thưởng tỉnh)")
            .And.Contain("1. Cờ thi đua xuất sắc của UBND tỉnh: 01 tập thể")
            .And.Contain("- UBND huyện Tủa Chùa (tổng điểm 918,5, xếp thứ 2; bỏ phiếu kín)")
            .And.Contain("2. Bằng khen của UBND tỉnh: 02 tập thể")
            .And.Contain("- UBND huyện Điện Biên Đông (tổng điểm 911,25, xếp thứ 3; theo kết quả chấm điểm)")
            .And.Contain("- UBND huyện Mường Chà (tổng điểm 800, xếp thứ 4; theo kết quả chấm điểm)")
            .And.Contain("TM. CỤM THI ĐUA HUYỆN VÙNG CAO").And.Contain("Nguyễn Văn Hùng").And.Contain("Nơi nhận:");
        letter.Should().NotContain("Mường Nhé", "a deferred unit is not proposed");
    }

    [Fact]
    public void The_minutes_record_attendance_quorum_method_every_round_the_results_and_next_years_head_and_deputy()
    {
        var minutes = office["bien-ban"].Flat;

        minutes.Should().Contain("Hôm nay, ngày 10 tháng 01 năm 2023, tại Hội trường UBND huyện Tủa Chùa");
        foreach (var (_, name) in DienBienDossier.Units) minutes.Should().Contain(name);
        minutes.Should().Contain("Giàng A Dế").And.Contain("Vàng Thị Mỷ")
            .And.Contain("có mặt 5 đơn vị").And.Contain("ít nhất 2/3 đơn vị thành viên (4/5 đơn vị)").And.Contain("đủ điều kiện tiến hành")
            .And.Contain("Thống nhất (biểu quyết công khai)").And.Contain("chuyển sang bỏ phiếu kín")
            .And.Contain("Vòng 1: Cờ thi đua xuất sắc của UBND tỉnh (01 suất)")
            .And.Contain("- UBND huyện Tủa Chùa: 2/5 phiếu (40%), không trúng.")
            .And.Contain("- UBND huyện Tủa Chùa: 3/5 phiếu (60%), trúng.")
            .And.Contain("1. Cờ thi đua xuất sắc của UBND tỉnh (01 suất): UBND huyện Tủa Chùa. Hình thức: Bỏ phiếu kín.")
            .And.Contain("2. Bằng khen của UBND tỉnh (02 suất): UBND huyện Điện Biên Đông, UBND huyện Mường Chà. Hình thức: Theo kết quả chấm điểm.")
            .And.Contain("Cụm trưởng năm 2023: UBND huyện Điện Biên Đông.").And.Contain("Cụm phó năm 2023: UBND huyện Mường Chà.");
    }

    [Fact]
    public void The_score_table_shows_each_unit_on_one_line_with_its_groups_bonus_deductions_total_rank_and_status()
    {
        var lines = office["bang-tong-hop-diem"].Lines.ToList();

        Row(lines, "Mường Nhé").Should().Equal("530", "190", "183,5", "30", "0", "933,5", "1", "Chưa xét");
        Row(lines, "Tủa Chùa").Should().Equal("519,5", "182", "182", "35", "0", "918,5", "2", "Đủ điều kiện");
        Row(lines, "Điện Biên Đông").Should().Equal("510,25", "181", "180", "40", "0", "911,25", "3", "Đủ điều kiện");
        Row(lines, "Mường Chà").Should().Equal("450", "160", "160", "30", "0", "800", "4", "Đủ điều kiện");
        Row(lines, "Nậm Pồ").Should().Equal("380", "135,5", "120", "21", "1", "655,5", "5", "Đủ điều kiện");
        office["bang-tong-hop-diem"].Flat.Should().Contain("Nội dung I: Thi đua phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh (tối đa 550 điểm).");
    }

    [Fact]
    public void The_vote_count_gives_each_round_its_base_threshold_ballots_votes_result_and_the_last_hash_of_its_box()
    {
        var record = office["bien-ban-kiem-phieu"].Flat;

        record.Should().Contain("Vòng 2: Cờ thi đua xuất sắc của UBND tỉnh (01 suất)")
            .And.Contain("Cơ sở tính: 5 phiếu; số phiếu cần đạt (quá nửa): 3 phiếu.").And.Contain("Số phiếu thu về: 5.")
            .And.Contain("Vòng 3: Cụm trưởng năm 2023").And.Contain("Vòng 4: Cụm phó năm 2023")
            .And.Contain(DienBienDossier.Hash("co_xuat_sac/1")).And.Contain(DienBienDossier.Hash("pho-cum/4"));
        var lines = office["bien-ban-kiem-phieu"].Lines.ToList();
        lines.Should().Contain(l => l.Contains("UBND huyện Tủa Chùa") && l.Contains("60%") && l.EndsWith("Trúng"));
        lines.Should().Contain(l => l.Contains("UBND huyện Điện Biên Đông") && l.Contains("80%") && l.EndsWith("Trúng"));
        lines.Should().Contain(l => l.Contains("UBND huyện Điện Biên Đông") && l.Contains("40%") && l.EndsWith("Không trúng"));
    }

    [Fact]
    public void A_thirty_unit_score_table_runs_onto_a_second_page_numbered_2_at_the_top_and_page_one_has_no_number()
    {
        var table = office["bang-tong-hop-diem-30-don-vi"];

        table.Pages.Should().BeGreaterThanOrEqualTo(2);
        FirstLine(table.PageTexts[1]).Should().Be("2");
        FirstLine(table.PageTexts[0]).Should().Be("CỤM THI ĐUA CÁC XÃ PHÚC LỢI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        table.Lines.Should().Contain(l => Regex.IsMatch(l, @"^30\s+UBND xã Phúc Lợi số 30\s"), "the last unit is on the table");
    }

    [Fact]
    public void The_minutes_of_a_thirty_unit_cluster_number_their_second_page()
    {
        var minutes = office["bien-ban-30-don-vi"];

        minutes.Pages.Should().BeGreaterThanOrEqualTo(2);
        FirstLine(minutes.PageTexts[1]).Should().Be("2");
    }

    /// <summary>The cells of the one line showing <paramref name="unit"/>: the text between runs of two or more spaces, after the TT and the name.</summary>
    private static IEnumerable<string> Row(IEnumerable<string> lines, string unit) =>
        Regex.Split(lines.Single(l => Regex.IsMatch(l, $@"^\d+\s+UBND huyện {unit}")), @"\s{2,}").Skip(2).Take(8);

    private static string FirstLine(string page) =>
        string.Join(' ', page.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
