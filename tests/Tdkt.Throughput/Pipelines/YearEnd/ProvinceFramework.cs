using Tdkt.Testing;

namespace Tdkt.Throughput.Pipelines.YearEnd;

/// <summary>
/// The tests' small points table with what a year-end needs besides: awards to propose (a flag and two certificates of
/// merit) and the summary conference's rules (a majority present, consensus, next year's head by rotation, so the
/// conference decides without ballots when the scores leave no tie).
/// </summary>
public static class ProvinceFramework
{
    public const string Id = "thu-nghiem-tinh";

    /// <summary>The tests' table under its own id, with the awards and the conference's rules appended.</summary>
    public static readonly string Yaml = Renamed(TestCluster.FrameworkYaml) + """

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

    private static string Renamed(string yaml)
    {
        var header = $"id: {TestCluster.FrameworkId}\nname: Bảng điểm thử nghiệm\n";
        return yaml.StartsWith(header, StringComparison.Ordinal)
            ? $"id: {Id}\nname: Bảng điểm thử nghiệm cuối năm của tỉnh\n" + yaml[header.Length..]
            : throw new InvalidOperationException("The tests' points table no longer starts with its id and name.");
    }
}
