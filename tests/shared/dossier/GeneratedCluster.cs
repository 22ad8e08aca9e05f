using Tdkt.Contracts;
using Tdkt.Dossier.Documents;

namespace Tdkt.Dossier.Samples;

/// <summary>
/// A cluster of <c>n</c> units with made-up names, for documents longer than a page and for the benchmark: the same
/// shape as the Điện Biên dossier, the flag to the first unit by a ballot round, the Certificates of Merit by score.
/// </summary>
public static class GeneratedCluster
{
    public static string UnitId(int i) => $"don-vi-{i:00}";
    public static string UnitName(int i) => $"UBND xã Phúc Lợi số {i:00}";

    public static DossierInput Input(int n)
    {
        var units = Enumerable.Range(1, n).Select(i =>
        {
            decimal[] points = [500m - i * 3.25m, 180m - i, 170m - i * 0.5m];
            var deductions = i % 7 == 0 ? 0.25m : 0m;
            var status = i % 11 == 0 ? "ineligible" : "eligible";
            return new FinalUnitScore(UnitId(i), UnitName(i), i == 1,
                [new("g1", "Thực hiện nhiệm vụ chính trị được giao", 550, points[0]), new("g2", "Xây dựng hệ thống chính trị", 200, points[1]),
                 new("g3", "Công tác thi đua, khen thưởng", 200, points[2])],
                20m, deductions, points.Sum() + 20m - deductions, i, [], status,
                status == "ineligible" ? ["Không hoàn thành chỉ tiêu thu ngân sách"] : [], false);
        }).ToList();
        var attendance = units.Select(u => new ConferenceDelegate(u.UnitId, u.UnitName, "Trần Văn Bình", "Chủ tịch UBND xã")).ToList();
        var round = DienBienDossier.Round(1, "co_xuat_sac", DienBienDossier.Flag,
            [(UnitId(1), n - 2, true), (UnitId(2), 1, false), (UnitId(3), 1, false)], n);
        var decidedAt = new DateTimeOffset(2023, 1, 10, 10, 0, 0, TimeSpan.FromHours(7));
        var nominations = new NominationsDecided("phuc-loi", 2022, new DateOnly(2023, 1, 10), "Hội trường UBND xã Phúc Lợi số 01", attendance,
            new QuorumRecord("majority", n, n / 2 + 1, n, "members", ""), "ballot",
            [new AwardDecision("co_xuat_sac", DienBienDossier.Flag, 1, [UnitId(1)], "ballot"),
             new AwardDecision("bang_khen", DienBienDossier.Merit, 2, [UnitId(2), UnitId(3)], "score")],
            [round], decidedAt);
        var scores = new ScoresFinalized("phuc-loi", 2022, decidedAt, "phuc-loi", 1, units, []);
        var leadership = new LeadershipElected("phuc-loi", 2022, 2023, UnitId(2), UnitId(3), "rotation", [], decidedAt);
        return new DossierInput("phuc-loi", "Cụm thi đua các xã Phúc Lợi", 2022, UnitId(1), UnitName(1), null, new DateOnly(2023, 1, 16),
            "Phúc Lợi", "Trưởng cụm", "Trần Văn Bình", ["Ban Thi đua – Khen thưởng tỉnh", "Lưu: VT"], nominations, scores, leadership);
    }
}
