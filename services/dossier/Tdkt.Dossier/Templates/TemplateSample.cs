using Tdkt.Contracts;
using Tdkt.Dossier.Documents;

namespace Tdkt.Dossier.Templates;

/// <summary>
/// A small made-up year that fills every field, every list and every condition of the templates: what an uploaded
/// template is tried with before it is accepted, and where the list of fields is read from.
/// </summary>
internal static class TemplateSample
{
    private static readonly (string Id, string Name)[] Units = [("a", "Đơn vị mẫu A"), ("b", "Đơn vị mẫu B"), ("c", "Đơn vị mẫu C")];

    public static DossierInput Input()
    {
        var at = new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.FromHours(7));
        var groups = new[] { new GroupScore("g1", "Nội dung mẫu", 100, 0) };
        var scores = Units.Select((u, i) => new FinalUnitScore(u.Id, u.Name, i == 0, [groups[0] with { Points = 90 - i }], 0, 0, 90 - i, i + 1, [],
            "eligible", [], false)).ToList();
        var round = Round(1, "co", "Cờ thi đua mẫu");
        var nominations = new NominationsDecided("mau", 2025, new DateOnly(2026, 1, 15), "Hội trường mẫu",
            Units.Select(u => new ConferenceDelegate(u.Id, u.Name, "Nguyễn Văn A", "Phó Chủ tịch")).ToList(),
            new QuorumRecord("two-thirds", 3, 2, 3, "present", ""), "consensus",
            [new AwardDecision("co", "Cờ thi đua mẫu", 1, ["a"], "ballot"), new AwardDecision("bk", "Bằng khen mẫu", 1, ["b"], "score")], [round], at);
        var leadership = new LeadershipElected("mau", 2025, 2026, "b", "c", "election", [Round(2, "truong-cum", "Cụm trưởng năm 2026")], at);
        return new DossierInput("mau", "Cụm thi đua mẫu", 2025, "a", "Đơn vị mẫu A", "01/TTr-CTĐM", new DateOnly(2026, 1, 20), "Mẫu",
            "Trưởng cụm", "Nguyễn Văn A", ["Ban Thi đua – Khen thưởng tỉnh", "Lưu: VT"], nominations,
            new ScoresFinalized("mau", 2025, at, "mau", 1, scores, []), leadership, "Mẫu");
    }

    private static BallotRoundResult Round(int number, string award, string name) =>
        new(number, award, name, 1, 3, 2, 3, [new("a", "Đơn vị mẫu A", 2, true), new("b", "Đơn vị mẫu B", 1, false)], new string('0', 64));
}
