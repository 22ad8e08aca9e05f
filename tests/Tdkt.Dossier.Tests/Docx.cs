using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tdkt.Dossier.Documents;

namespace Tdkt.Dossier.Tests;

/// <summary>The four documents by the file names the dossier gives them, and a way to look inside one.</summary>
public static class Docx
{
    public static readonly IReadOnlyDictionary<string, Func<DossierInput, byte[]>> Kinds = new Dictionary<string, Func<DossierInput, byte[]>>
    {
        ["to-trinh"] = DossierDocuments.ProposalLetter,
        ["bien-ban"] = DossierDocuments.Minutes,
        ["bang-tong-hop-diem"] = DossierDocuments.ScoreTable,
        ["bien-ban-kiem-phieu"] = DossierDocuments.VoteCount,
    };

    public static TheoryData<string> Names => [.. Kinds.Keys];

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static WordprocessingDocument Write(string kind) => Open(Kinds[kind](DienBienDossier.Input()));

    public static Body Body(this WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    public static bool IsBold(this Run run) => run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);

    public static bool IsItalic(this Run run) => run.RunProperties?.Italic is { } i && (i.Val is null || i.Val.Value);

    /// <summary>The one paragraph whose text is exactly <paramref name="text"/>.</summary>
    public static Paragraph Paragraph(this OpenXmlElement scope, string text) => scope.Descendants<Paragraph>().Single(p => p.InnerText == text);
}
