using Tdkt.Dossier.Documents;

namespace Tdkt.Dossier.Templates;

/// <summary>The four documents the platform writes, in the order of the package.</summary>
public static class TemplateKinds
{
    public static readonly TemplateKind ProposalLetter = new("proposal-letter", "tờ trình", "01-to-trinh.docx", false,
        Documents.ProposalLetter.Template, Documents.ProposalLetter.Data, "giai_thuong");

    public static readonly TemplateKind Minutes = new("minutes", "biên bản hội nghị", "02-bien-ban-hoi-nghi.docx", false,
        Documents.Minutes.Template, Documents.Minutes.Data, "giai_thuong", "dai_bieu");

    public static readonly TemplateKind ScoreTable = new("score-table", "bảng tổng hợp điểm", "03-bang-tong-hop-diem.docx", true,
        Documents.ScoreTable.Template, Documents.ScoreTable.Data, "bang_diem");

    public static readonly TemplateKind VoteCount = new("vote-count", "biên bản kiểm phiếu", "04-bien-ban-kiem-phieu.docx", false,
        Documents.VoteCount.Template, Documents.VoteCount.Data, "vong");

    public static readonly IReadOnlyList<TemplateKind> All = [ProposalLetter, Minutes, ScoreTable, VoteCount];

    public static TemplateKind? Find(string id) => All.FirstOrDefault(k => k.Id == id);
}
