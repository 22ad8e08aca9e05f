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

    public string Yaml => $"""
        clusters:
          - id: {Id}
            name: Cụm thi đua thử nghiệm {Id}
            units:
              - {"{"} id: {Head}, name: UBND huyện Trưởng cụm, emails: [truong@{Id}.example] {"}"}
              - {"{"} id: {Member}, name: UBND huyện Thành viên, emails: [thanhvien@{Id}.example] {"}"}
            years:
              - {"{"} year: {Year}, head: {Head}, open: true {"}"}
          - id: {Id}-khac
            name: Cụm khác
            units:
              - {"{"} id: {Outsider}, name: UBND huyện Ngoài cụm {"}"}
              - {"{"} id: {Outsider}-2, name: UBND huyện Ngoài cụm 2 {"}"}
            years:
              - {"{"} year: {Year}, head: {Outsider}, open: true {"}"}
        """;

    public async Task ImportAsync(Uri registry)
    {
        using var client = new HttpClient { BaseAddress = registry };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Admin));
        var response = await client.PostAsync("/registry/import", new StringContent(Yaml, System.Text.Encoding.UTF8, "application/yaml"));
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public string SelfAssessmentsOf(string unit) => $"/intake/clusters/{Id}/years/{Year}/units/{unit}/self-assessments";
    public string AppraisalList => $"/appraisal/clusters/{Id}/years/{Year}/self-assessments";

    public static JsonContent Body(params (string Criterion, decimal Value)[] values) =>
        JsonContent.Create(new { criteria = values.Select(v => new { criterionId = v.Criterion, value = v.Value, evidence = new[] { $"minh-chung-{v.Criterion}.pdf" } }) });
}
