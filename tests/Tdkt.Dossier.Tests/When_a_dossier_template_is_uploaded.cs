using FluentAssertions;
using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Tests;

/// <summary>The check an uploaded template passes before it is kept: its mistakes show at upload, never when a dossier is written.</summary>
public sealed class When_a_dossier_template_is_uploaded
{
    private static readonly byte[] Letter = TemplateKinds.ProposalLetter.DefaultTemplate;

    public static TheoryData<string> Kinds => [.. TemplateKinds.All.Select(k => k.Id)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_shipped_default_passes_the_check(string kind)
    {
        var k = TemplateKinds.Find(kind)!;

        TemplateCheck.Errors(k.DefaultTemplate, k).Should().BeEmpty();
    }

    [Fact]
    public void A_file_that_is_not_a_Word_document_is_refused()
    {
        TemplateCheck.Errors("%PDF-1.7 not a docx"u8.ToArray(), TemplateKinds.ProposalLetter)
            .Should().Equal("Tệp không mở được như một văn bản Word (.docx).");
    }

    [Fact]
    public void A_placeholder_naming_no_field_is_refused_with_its_name()
    {
        var template = TemplateEdit.Rewrite(Letter, "Kính gửi", "Kính gửi: Chủ tịch Ủy ban nhân dân {{tinh_thanh}}");

        TemplateCheck.Errors(template, TemplateKinds.ProposalLetter).Should().ContainSingle()
            .Which.Should().Contain("không có trường «tinh_thanh»");
    }

    [Fact]
    public void A_section_left_open_is_refused()
    {
        var template = TemplateEdit.Remove(Letter, "{{/giai_thuong}}");

        TemplateCheck.Errors(template, TemplateKinds.ProposalLetter).Should().Contain("{{#giai_thuong}} chưa được đóng bằng {{/giai_thuong}}.");
    }

    [Fact]
    public void A_section_marker_inside_a_sentence_is_refused()
    {
        var template = TemplateEdit.Rewrite(Letter, "Kính gửi", "Kính gửi {{#noi_nhan}}{{dong}}{{/noi_nhan}}");

        TemplateCheck.Errors(template, TemplateKinds.ProposalLetter).Should().Contain(e => e.StartsWith("{{#noi_nhan}} phải đứng riêng một đoạn"));
    }

    [Fact]
    public void A_letter_without_the_list_of_awards_is_refused()
    {
        var template = TemplateEdit.Remove(TemplateEdit.Remove(TemplateEdit.Remove(Letter, "{{#giai_thuong}}"), "{{/giai_thuong}}"), "{{stt}}");

        TemplateCheck.Errors(template, TemplateKinds.ProposalLetter).Should().Contain(e => e.StartsWith("Mẫu tờ trình phải có {{#giai_thuong}}"));
    }

    [Fact]
    public void A_list_written_as_a_text_is_refused()
    {
        var template = TemplateEdit.Rewrite(Letter, "Kính gửi", "Kính gửi: {{noi_nhan}}");

        TemplateCheck.Errors(template, TemplateKinds.ProposalLetter).Should().Contain(e => e.StartsWith("«noi_nhan» là danh sách hay điều kiện"));
    }

    [Fact]
    public void A_table_placeholder_inside_a_sentence_is_refused()
    {
        var template = TemplateEdit.Rewrite(TemplateKinds.ScoreTable.DefaultTemplate, "{{bang_diem}}", "Bảng điểm: {{bang_diem}}");

        TemplateCheck.Errors(template, TemplateKinds.ScoreTable).Should().Contain("{{bang_diem}} là một bảng: phải đứng riêng một đoạn.");
    }
}
