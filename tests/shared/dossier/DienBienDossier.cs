using System.Security.Cryptography;
using System.Text;
using Tdkt.Contracts;
using Tdkt.Dossier.Documents;

namespace Tdkt.Dossier.Samples;

/// <summary>
/// The dossier of the Điện Biên highland cluster's 2022 year, with the totals of the shipped sample
/// (db-huyen-vung-cao): Mường Nhé first but deferred, the flag to Tủa Chùa by ballot after a 2–2 round and a 3–2
/// round, the Certificates of Merit to Điện Biên Đông and Mường Chà, Điện Biên Đông head and Mường Chà deputy in 2023.
/// </summary>
public static class DienBienDossier
{
    public const string Cluster = "Cụm thi đua huyện vùng cao";
    public const string Flag = "Cờ thi đua xuất sắc của UBND tỉnh";
    public const string Merit = "Bằng khen của UBND tỉnh";

    public static readonly (string Id, string Name)[] Units =
    [
        ("tua-chua", "UBND huyện Tủa Chùa"), ("dien-bien-dong", "UBND huyện Điện Biên Đông"), ("muong-cha", "UBND huyện Mường Chà"),
        ("muong-nhe", "UBND huyện Mường Nhé"), ("nam-po", "UBND huyện Nậm Pồ"),
    ];

    private static readonly GroupScore[] Framework =
    [
        new("g1", "Thi đua phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh", 550, 0),
        new("g2", "Thực hiện chủ trương của Đảng, chính sách và pháp luật của Nhà nước, xây dựng hệ thống chính trị", 200, 0),
        new("g3", "Thực hiện các nhiệm vụ công tác thi đua, khen thưởng", 200, 0),
    ];

    public static DossierInput Input()
    {
        FinalUnitScore[] scores =
        [
            Score("muong-nhe", 1, [530m, 190m, 183.5m], 30m, 0m, 933.5m, "deferred", "Có dấu hiệu sai phạm đang chờ cơ quan có thẩm quyền kết luận"),
            Score("tua-chua", 2, [519.5m, 182m, 182m], 35m, 0m, 918.5m, "eligible"),
            Score("dien-bien-dong", 3, [510.25m, 181m, 180m], 40m, 0m, 911.25m, "eligible"),
            Score("muong-cha", 4, [450m, 160m, 160m], 30m, 0m, 800m, "eligible"),
            Score("nam-po", 5, [380m, 135.5m, 120m], 21m, 1m, 655.5m, "eligible"),
        ];
        BallotRoundResult[] rounds =
        [
            Round(1, "co_xuat_sac", Flag, [("tua-chua", 2, false), ("dien-bien-dong", 2, false)]),
            Round(2, "co_xuat_sac", Flag, [("tua-chua", 3, true), ("dien-bien-dong", 2, false)]),
        ];
        BallotRoundResult[] leadership =
        [
            Round(3, "truong-cum", "Cụm trưởng năm 2023", [("dien-bien-dong", 4, true), ("muong-cha", 1, false)]),
            Round(4, "pho-cum", "Cụm phó năm 2023", [("muong-cha", 3, true), ("nam-po", 2, false)]),
        ];
        var decidedAt = new DateTimeOffset(2023, 1, 10, 10, 30, 0, TimeSpan.FromHours(7));
        var nominations = new NominationsDecided("db-huyen-vung-cao", 2022, new DateOnly(2023, 1, 10), "Hội trường UBND huyện Tủa Chùa",
            Units.Select((u, i) => new ConferenceDelegate(u.Id, u.Name, Delegates[i], "Phó Chủ tịch UBND huyện")).ToList(),
            new QuorumRecord("two-thirds", 5, 4, 5, "present", ""), "consensus",
            [new AwardDecision("co_xuat_sac", Flag, 1, ["tua-chua"], "ballot"), new AwardDecision("bang_khen", Merit, 2, ["dien-bien-dong", "muong-cha"], "score")],
            rounds, decidedAt);
        var final = new ScoresFinalized("db-huyen-vung-cao", 2022, decidedAt.AddDays(-5), "db-huyen-vung-cao", 1, scores, []);
        var elected = new LeadershipElected("db-huyen-vung-cao", 2022, 2023, "dien-bien-dong", "muong-cha", "election", leadership, decidedAt);
        return new DossierInput("db-huyen-vung-cao", Cluster, 2022, "tua-chua", "UBND huyện Tủa Chùa", "05/TTr-CTĐHVC",
            new DateOnly(2023, 1, 13), "Tủa Chùa", "Trưởng cụm", "Nguyễn Văn Hùng",
            ["Ban Thi đua – Khen thưởng tỉnh", "Các đơn vị thành viên Cụm", "Lưu: VT"], nominations, final, elected, "Điện Biên");
    }

    private static readonly string[] Delegates = ["Nguyễn Văn Hùng", "Lò Văn Thắng", "Giàng A Dế", "Vàng Thị Mỷ", "Lý Văn Phừ"];

    private static FinalUnitScore Score(string id, int rank, decimal[] points, decimal bonus, decimal deductions, decimal total, string status, string? reason = null) =>
        new(id, Name(id), id == "tua-chua", Framework.Select((g, i) => g with { Points = points[i] }).ToList(), bonus, deductions, total, rank, [], status,
            reason is null ? [] : [reason], false);

    public static BallotRoundResult Round(int number, string awardId, string awardName, (string Id, int Votes, bool Elected)[] tally, int @base = 5) =>
        new(number, awardId, awardName, 1, @base, @base / 2 + 1, @base,
            tally.Select(t => new CandidateTally(t.Id, Name(t.Id), t.Votes, t.Elected)).ToList(), Hash($"{awardId}/{number}"));

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Name(string id) => Units.FirstOrDefault(u => u.Id == id).Name ?? id;
}
