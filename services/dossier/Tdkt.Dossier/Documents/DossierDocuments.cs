using Tdkt.Dossier.Templates;

namespace Tdkt.Dossier.Documents;

/// <summary>
/// The four documents of the award dossier the cluster writes, as .docx in the format of Decree 30/2020/NĐ-CP:
/// the proposal letter (tờ trình), the minutes of the summary conference (biên bản), the score table (bảng tổng
/// hợp điểm) and the vote-count record (biên bản kiểm phiếu), each from the shipped default template.
/// </summary>
public static class DossierDocuments
{
    public static byte[] ProposalLetter(DossierInput input) => TemplateKinds.ProposalLetter.Write(input);

    public static byte[] Minutes(DossierInput input) => TemplateKinds.Minutes.Write(input);

    public static byte[] ScoreTable(DossierInput input) => TemplateKinds.ScoreTable.Write(input);

    public static byte[] VoteCount(DossierInput input) => TemplateKinds.VoteCount.Write(input);

    /// <summary>A unit's name as the scores give it, else as it checked in at the conference, else its id.</summary>
    internal static string UnitName(this DossierInput input, string unitId) =>
        input.Scores.Units.FirstOrDefault(u => u.UnitId == unitId)?.UnitName
        ?? input.Nominations.Attendance.FirstOrDefault(a => a.UnitId == unitId)?.UnitName
        ?? unitId;

    /// <summary>"Số: 05/TTr-CTĐHVC", or a blank to fill by hand; other kinds borrow the letter's symbol ("…/BB-CTĐHVC").</summary>
    internal static string NumberLine(this DossierInput input, string kind)
    {
        var symbol = input.Number is { } n && n.IndexOf('-') is var dash and >= 0 ? n[(dash + 1)..] : "…";
        return kind == "TTr" && input.Number is { } own ? $"Số: {own}" : $"Số:        /{kind}-{symbol}";
    }
}
