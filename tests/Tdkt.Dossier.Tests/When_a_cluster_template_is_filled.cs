using DocumentFormat.OpenXml.Wordprocessing;
using FluentAssertions;
using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Tests;

public sealed class When_a_cluster_template_is_filled
{
    private static readonly byte[] Letter = TemplateKinds.ProposalLetter.DefaultTemplate;

    [Fact]
    public void Its_own_wording_carries_the_year_s_data()
    {
        var template = TemplateEdit.Rewrite(Letter, "Kính trình Chủ tịch", "Trân trọng đề nghị Chủ tịch Ủy ban nhân dân {{tinh}} xét tặng cho {{ten_cum}}./.");

        using var document = Docx.Open(TemplateKinds.ProposalLetter.Write(DienBienDossier.Input(), template));

        document.Body().InnerText.Should().Contain("Trân trọng đề nghị Chủ tịch Ủy ban nhân dân tỉnh Điện Biên xét tặng cho Cụm thi đua huyện vùng cao./.")
            .And.NotContain("Kính trình Chủ tịch Ủy ban nhân dân tỉnh Điện Biên xem xét, quyết định");
    }

    [Fact]
    public void A_placeholder_stored_in_several_runs_is_filled_whole_with_the_look_of_its_first_run()
    {
        var template = TemplateEdit.Rewrite(Letter, "(qua Ban Thi đua", "(qua Ban Thi đua – Khen thưởng {{ti", "nh}}", ")");

        using var document = Docx.Open(TemplateKinds.ProposalLetter.Write(DienBienDossier.Input(), template));

        var paragraph = document.Body().Paragraph("(qua Ban Thi đua – Khen thưởng tỉnh Điện Biên)");
        paragraph.Elements<Run>().Where(r => r.InnerText.Length > 0).Should().OnlyContain(r => r.IsItalic());
    }

    [Fact]
    public void Each_candidate_of_a_round_is_one_row_of_its_tally()
    {
        using var document = Docx.Write("bien-ban-kiem-phieu");

        var tallies = document.Body().Elements<Table>().Where(t => t.InnerText.StartsWith("TTĐơn vịSố phiếu", StringComparison.Ordinal)).ToList();

        tallies.Select(t => t.Elements<TableRow>().Count()).Should().Equal(3, 3, 3, 3);
        tallies[1].Elements<TableRow>().ElementAt(1).InnerText.Should().Be("1UBND huyện Tủa Chùa360%Trúng");
    }

    [Fact]
    public void Minutes_without_a_ballot_leave_out_the_rounds_and_number_the_results_IV()
    {
        var input = DienBienDossier.Input();
        input = input with { Nominations = input.Nominations with { Rounds = [] }, Leadership = input.Leadership! with { Rounds = [] } };

        using var document = Docx.Open(TemplateKinds.Minutes.Write(input));

        var text = document.Body().InnerText;
        text.Should().NotContain("KẾT QUẢ CÁC VÒNG BỎ PHIẾU").And.NotContain("{{").And.Contain("IV. KẾT QUẢ BÌNH XÉT")
            .And.Contain("V. CỤM TRƯỞNG, CỤM PHÓ NĂM 2023");
    }

    [Fact]
    public void A_letter_to_a_centrally_governed_city_names_the_city_and_its_board()
    {
        using var document = Docx.Open(TemplateKinds.ProposalLetter.Write(DienBienDossier.Input() with { Province = "thành phố Hà Nội" }));

        document.Body().InnerText.Should().Contain("Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hà Nội")
            .And.Contain("(qua Ban Thi đua – Khen thưởng thành phố)").And.NotContain("tỉnh thành phố");
    }
}
