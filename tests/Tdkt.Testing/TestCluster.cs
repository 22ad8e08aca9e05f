using System.Net.Http.Json;
using Tdkt.Platform.Auth;

namespace Tdkt.Testing;

/// <summary>A small cluster with a unique id, so leftovers of other tests on the same broker never match it.</summary>
public sealed record TestCluster(string Id, int Year, string Head, string Member, string Outsider)
{
    public static TestCluster Create()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        return new TestCluster($"cum-{suffix}", 2025, $"truong-{suffix}", $"thanh-vien-{suffix}", $"ngoai-cum-{suffix}");
    }

    /// <summary>Members beyond the head and <see cref="Member"/>: a cluster large enough for a burst of many units.</summary>
    public int MoreMembers { get; init; }

    /// <summary>Every member unit of the year, the head first.</summary>
    public IReadOnlyList<string> Members => [Head, Member, .. Enumerable.Range(1, MoreMembers).Select(i => $"{Member}-{i:D3}")];

    private string MoreUnitsYaml => string.Concat(Enumerable.Range(1, MoreMembers).Select(i =>
        $"\n      - {{ id: {Member}-{i:D3}, name: UBND xã Thành viên số {i} }}"));

    public string Yaml => $"""
        clusters:
          - id: {Id}
            name: Cụm thi đua thử nghiệm {Id}
            units:
              - {"{"} id: {Head}, name: UBND huyện Trưởng cụm, emails: [truong@{Id}.example] {"}"}
              - {"{"} id: {Member}, name: UBND huyện Thành viên, emails: [thanhvien@{Id}.example] {"}"}{MoreUnitsYaml}
            years:
              - {"{"} year: {Year}, head: {Head}, open: true, framework: {FrameworkId} {"}"}
          - id: {Id}-khac
            name: Cụm khác
            units:
              - {"{"} id: {Outsider}, name: UBND huyện Ngoài cụm {"}"}
              - {"{"} id: {Outsider}-2, name: UBND huyện Ngoài cụm 2 {"}"}
            years:
              - {"{"} year: {Year}, head: {Outsider}, open: true, framework: {FrameworkId} {"}"}
        """;

    public const string FrameworkId = "thu-nghiem";

    /// <summary>
    /// A small points table for tests: 1.1 is scored by hand up to 1.000 points (so any plausible number is
    /// accepted) and is the only criterion a unit must fill in; 1.2 is a task done or not; the bonus items T1
    /// and T2 reward exceeding a registered target.
    /// </summary>
    public const string FrameworkYaml = """
        id: thu-nghiem
        name: Bảng điểm thử nghiệm
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
        """;

    public Task ImportAsync(Uri registry) => ImportAsync(registry, Yaml);

    /// <summary>
    /// Uploads the test framework (or the one given), then imports the registry document given (clusters, units, open
    /// years on that framework).
    /// </summary>
    public static async Task ImportAsync(Uri registry, string yaml, string frameworkYaml = FrameworkYaml)
    {
        using var client = new HttpClient { BaseAddress = registry };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Admin));
        var framework = await client.PostAsync("/registry/frameworks", new StringContent(frameworkYaml, System.Text.Encoding.UTF8, "application/yaml"));
        if (!framework.IsSuccessStatusCode)
            throw new InvalidOperationException($"Framework upload failed: {(int)framework.StatusCode} {await framework.Content.ReadAsStringAsync()}");
        var response = await client.PostAsync("/registry/import", new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml"));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public string SelfAssessmentsOf(string unit) => $"/intake/clusters/{Id}/years/{Year}/units/{unit}/self-assessments";
    public string AppraisalList => $"/appraisal/clusters/{Id}/years/{Year}/self-assessments";

    /// <summary>A self-assessment on <see cref="FrameworkYaml"/>: points given by hand to each criterion named.</summary>
    public static JsonContent Body(params (string Criterion, decimal Score)[] values) =>
        JsonContent.Create(new { criteria = values.Select(v => new { criterionId = v.Criterion, score = v.Score, evidence = new[] { $"minh-chung-{v.Criterion}.pdf" } }) });
}
