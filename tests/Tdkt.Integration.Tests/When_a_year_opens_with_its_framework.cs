using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>The framework version travels with the year's opening; intake scores with its own copy; an open year's choice is final.</summary>
[Collection(RealServers.Name)]
public sealed class When_a_year_opens_with_its_framework : IAsyncLifetime
{
    private SliceServices _services = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync();
        _admin = _services.Registry.Client(ServiceHost.Token(Roles.Admin));
    }

    [Fact]
    public async Task Intake_keeps_the_version_it_was_opened_with()
    {
        var cluster = _services.Cluster;

        var copy = await Eventually.Until(() => _services.InIntakeAsync(db => db.ClusterYears.AsNoTracking()
            .FirstOrDefaultAsync(y => y.ClusterId == cluster.Id && y.Year == cluster.Year)), c => c is not null, what: "intake's copy");

        (copy!.FrameworkId, copy.FrameworkVersion).Should().Be((TestCluster.FrameworkId, 1));
        copy.FrameworkYaml.Should().Be(TestCluster.FrameworkYaml);
    }

    [Fact]
    public async Task Changing_the_framework_of_an_open_year_is_refused_with_the_reason()
    {
        await UploadAsync(TestCluster.FrameworkYaml.Replace("Bảng điểm thử nghiệm", "Bảng điểm thử nghiệm, bản 2"));

        var change = await AssignAsync(_services.Cluster.Id, new { frameworkId = TestCluster.FrameworkId, version = 2 });
        var same = await AssignAsync(_services.Cluster.Id, new { frameworkId = TestCluster.FrameworkId, version = 1 });

        change.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await change.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should()
            .Contain("đã mở với bảng điểm 'thu-nghiem' phiên bản 1").And.Contain("chỉ được chọn trước khi mở năm thi đua");
        same.StatusCode.Should().Be(HttpStatusCode.OK, "assigning what the year already has changes nothing");
        var year = await _admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{_services.Cluster.Id}/years/{_services.Cluster.Year}");
        year.GetProperty("frameworkVersion").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_year_opened_without_one_gets_its_first_framework_and_units_can_then_score()
    {
        var clusterId = await CreateClusterAsync();
        (await _admin.PostAsJsonAsync($"/registry/clusters/{clusterId}/years", new { year = 2026, head = $"{clusterId}-a", open = true }))
            .EnsureSuccessStatusCode();
        using var unit = _services.Intake.Client(ServiceHost.Token(Roles.Unit, $"{clusterId}-b"));
        var path = $"/intake/clusters/{clusterId}/years/2026/units/{clusterId}-b/self-assessments";
        var before = await Eventually.Until(() => unit.PostAsync(path, TestCluster.Body(("1.1", 5m))),
            r => r.StatusCode != HttpStatusCode.NotFound, what: "the opened year in intake");

        var first = await AssignAsync(clusterId, new { frameworkId = TestCluster.FrameworkId, version = 1 }, 2026);
        var after = await Eventually.Until(() => unit.PostAsync(path, TestCluster.Body(("1.1", 5m))),
            r => r.StatusCode == HttpStatusCode.Created, what: "the assigned framework in intake");
        var second = await AssignAsync(clusterId, new { frameworkId = TestCluster.FrameworkId, version = 1 }, 2026);

        before.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("chưa được gán bảng điểm");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("selfScore").GetDecimal().Should().Be(5m);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Opening_and_assigning_at_the_same_moment_never_leave_intake_with_another_framework_than_the_registry()
    {
        await UploadAsync(TestCluster.FrameworkYaml.Replace("Bảng điểm thử nghiệm", "Bảng điểm thử nghiệm, bản 2"));
        var clusters = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var clusterId = await CreateClusterAsync();
            (await _admin.PostAsJsonAsync($"/registry/clusters/{clusterId}/years",
                new { year = 2026, head = $"{clusterId}-a", framework = TestCluster.FrameworkId, frameworkVersion = 1 })).EnsureSuccessStatusCode();
            clusters.Add(clusterId);
        }

        var races = clusters.Select(c => Task.WhenAll(
            _admin.PostAsync($"/registry/clusters/{c}/years/2026/open", null),
            AssignAsync(c, new { frameworkId = TestCluster.FrameworkId, version = 2 }, 2026))).ToList();
        var outcomes = await Task.WhenAll(races);

        outcomes.SelectMany(o => o).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        foreach (var c in clusters)
        {
            var year = await _admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{c}/years/2026");
            if (year.GetProperty("openedAt").ValueKind == JsonValueKind.Null)
                (await _admin.PostAsync($"/registry/clusters/{c}/years/2026/open", null)).EnsureSuccessStatusCode();
            year = await _admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{c}/years/2026");
            var copy = await Eventually.Until(() => _services.InIntakeAsync(db => db.ClusterYears.AsNoTracking()
                .FirstOrDefaultAsync(y => y.ClusterId == c && y.Year == 2026)), x => x?.FrameworkVersion is not null, what: $"intake's copy of {c}");
            copy!.FrameworkVersion.Should().Be(year.GetProperty("frameworkVersion").GetInt32());
        }
    }

    private async Task<string> CreateClusterAsync()
    {
        var id = $"cum-{Guid.NewGuid():N}"[..12];
        (await _admin.PostAsJsonAsync("/registry/clusters", new { id, name = $"Cụm {id}" })).EnsureSuccessStatusCode();
        (await _admin.PostAsJsonAsync($"/registry/clusters/{id}/units", new { id = $"{id}-a", name = "Huyện A" })).EnsureSuccessStatusCode();
        (await _admin.PostAsJsonAsync($"/registry/clusters/{id}/units", new { id = $"{id}-b", name = "Huyện B" })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task UploadAsync(string yaml) =>
        (await _admin.PostAsync("/registry/frameworks", new StringContent(yaml, Encoding.UTF8, "application/yaml"))).EnsureSuccessStatusCode();

    private Task<HttpResponseMessage> AssignAsync(string clusterId, object body, int? year = null) =>
        _admin.PutAsJsonAsync($"/registry/clusters/{clusterId}/years/{year ?? _services.Cluster.Year}/framework", body);

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _services.DisposeAsync();
    }
}
