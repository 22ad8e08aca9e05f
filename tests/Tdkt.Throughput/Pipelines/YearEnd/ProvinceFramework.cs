namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// The tests' small points table with what a year-end needs besides: awards to propose (a flag and two certificates of
/// merit) and the summary conference's rules (a majority present, consensus, next year's head by rotation, so the
/// conference decides without ballots when the scores leave no tie).
/// </summary>
public static class ProvinceFramework
{
    public const string Id = "thu-nghiem-tinh";

    public const string Yaml = """
        id: thu-nghiem-tinh
        name: Bảng điểm thử nghiệm cuối năm của tỉnh
        scale: 1020
        groups:
          - id: g1
            name: Nhiệm vụ chính trị
            max: 1010
            criteria:
              - { id: "1.1", name: "Kết quả thực hiện nhiệm vụ", max: 1000 }
              - { id: "1.2", name: "Nộp báo cáo đúng hạn", max: 10, kind: done }
        bonus:
          total_cap: 10
          items:
            - { id: "T1", name: "Thưởng vượt chỉ tiêu thu ngân sách", max: 5, kind: over_target, points_per_percent: 0.5 }
            - { id: "T2", name: "Thưởng vượt chỉ tiêu giải quyết việc làm", max: 5, kind: over_target, points_per_percent: 0.5 }
        awards:
          list:
            - { id: co_thi_dua, name: Cờ thi đua của UBND tỉnh, count: 1 }
            - { id: bang_khen, name: Bằng khen của Chủ tịch UBND tỉnh, count: 2 }
        conference:
          quorum: majority
          majority_of: present
          method: consensus
          leadership: rotation
        """;
}
