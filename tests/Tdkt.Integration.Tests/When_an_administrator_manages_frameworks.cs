using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Registry.Frameworks;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_an_administrator_manages_frameworks : IAsyncLifetime
{
    private static readonly string DienBien = Shipped("db-huyen-vung-cao");
    private RegistryServices _services = null!;
    private HttpClient _admin = null!;
    private ServiceHost _registry = null!;

    public async Task InitializeAsync()
    {
        _services = await RegistryServices.StartAsync();
        (_admin, _registry) = (_services.Admin, _services.Host);
    }

    [Fact]
    public async Task Uploading_the_same_framework_id_again_makes_its_next_version()
    {
        var first = await UploadAsync(DienBien);
        var second = await UploadAsync(DienBien.Replace("thang 995 điểm", "thang 995 điểm, sửa đổi"));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        first.Headers.Location!.ToString().Should().Be("/registry/frameworks/db-huyen-vung-cao/versions/1");
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().Should().Be(2);
        var versions = await _admin.GetFromJsonAsync<JsonElement>("/registry/frameworks/db-huyen-vung-cao/versions");
        versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("locked").GetBoolean()))
            .Should().Equal((1, false), (2, false));
        versions[1].GetProperty("name").GetString().Should().EndWith("sửa đổi (+5 Cụm trưởng)");
        var stored = await _admin.GetFromJsonAsync<JsonElement>("/registry/frameworks/db-huyen-vung-cao/versions/1");
        stored.GetProperty("yaml").GetString().Should().Be(DienBien);
    }

    [Fact]
    public async Task A_framework_with_mistakes_is_refused_with_every_problem_by_path()
    {
        var response = await UploadAsync("""
            id: bang-loi
            name: Bảng điểm có lỗi
            scale: 100
            groups:
              - { id: g1, name: Nội dung 1, max: 60, criteria: [ { id: "1.1", name: Tiêu chí, max: 40, kind: hang } ] }
            colour: red
            """);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("groups[0].criteria[0].kind", "groups[0].max", "colour");
        errors.GetProperty("groups[0].max")[0].GetString().Should().Be("các tiêu chí cộng lại 40, nội dung ghi 60");
        (await _admin.GetFromJsonAsync<JsonElement>("/registry/frameworks")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_version_used_by_an_opened_year_cannot_change_and_a_new_version_is_asked_for()
    {
        await CreateYearAsync("cum-vung-cao", 2025, open: false);
        await UploadAsync(DienBien);
        var assigned = await AssignAsync("cum-vung-cao", 2025, new { frameworkId = "db-huyen-vung-cao", version = 1 });
        (await _admin.PostAsync("/registry/clusters/cum-vung-cao/years/2025/open", null)).EnsureSuccessStatusCode();

        var change = await _admin.PutAsync("/registry/frameworks/db-huyen-vung-cao/versions/1", Yaml(DienBien.Replace("max: 45 }", "max: 40 }")));

        assigned.StatusCode.Should().Be(HttpStatusCode.OK);
        var year = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        (year.GetProperty("frameworkId").GetString(), year.GetProperty("frameworkVersion").GetInt32()).Should().Be(("db-huyen-vung-cao", 1));
        change.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await change.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should()
            .Contain("cum-vung-cao").And.Contain("năm 2025").And.Contain("tải lên bảng điểm đã sửa như một phiên bản mới (phiên bản 2)");
        var version = await _admin.GetFromJsonAsync<JsonElement>("/registry/frameworks/db-huyen-vung-cao/versions/1");
        version.GetProperty("yaml").GetString().Should().Be(DienBien);
        version.GetProperty("locked").GetBoolean().Should().BeTrue();
        version.GetProperty("usedBy")[0].GetProperty("clusterId").GetString().Should().Be("cum-vung-cao");
    }

    [Fact]
    public async Task A_version_no_opened_year_uses_can_still_be_corrected()
    {
        await CreateYearAsync("cum-chuan-bi", 2026, open: false);
        await UploadAsync(DienBien);
        await AssignAsync("cum-chuan-bi", 2026, new { frameworkId = "db-huyen-vung-cao", version = 1 });
        var corrected = DienBien.Replace("thang 995 điểm", "thang 995 điểm, đính chính");

        var change = await _admin.PutAsync("/registry/frameworks/db-huyen-vung-cao/versions/1", Yaml(corrected));

        change.StatusCode.Should().Be(HttpStatusCode.OK);
        var version = await _admin.GetFromJsonAsync<JsonElement>("/registry/frameworks/db-huyen-vung-cao/versions/1");
        version.GetProperty("yaml").GetString().Should().Be(corrected);
        version.GetProperty("changedAt").ValueKind.Should().Be(JsonValueKind.String);
        (await _admin.GetFromJsonAsync<JsonElement>("/registry/frameworks/db-huyen-vung-cao/versions")).GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_correction_must_keep_the_framework_id()
    {
        await UploadAsync(DienBien);

        var response = await _admin.PutAsync("/registry/frameworks/db-huyen-vung-cao/versions/1",
            Yaml(DienBien.Replace("id: db-huyen-vung-cao", "id: khac")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("id")[0].GetString()
            .Should().Be("Mã bảng điểm 'khac' khác mã 'db-huyen-vung-cao' của phiên bản đang sửa.");
    }

    [Fact]
    public async Task Assigning_names_every_missing_or_unknown_field()
    {
        await CreateYearAsync("cum-gan", 2025, open: false);
        await UploadAsync(DienBien);

        var empty = await AssignAsync("cum-gan", 2025, new { });
        var unknownVersion = await AssignAsync("cum-gan", 2025, new { frameworkId = "db-huyen-vung-cao", version = 7 });
        var unknownFramework = await AssignAsync("cum-gan", 2025, new { frameworkId = "khong-co", version = 1 });
        var unknownYear = await AssignAsync("cum-gan", 1999, new { frameworkId = "db-huyen-vung-cao", version = 1 });

        var emptyErrors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        emptyErrors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("frameworkId", "version");
        (await unknownVersion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("version")[0].GetString()
            .Should().Be("Bảng điểm 'db-huyen-vung-cao' không có phiên bản 7; các phiên bản: 1.");
        unknownFramework.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknownFramework.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("frameworkId")[0].GetString()
            .Should().Contain("khong-co");
        unknownYear.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_customised_framework_is_checked_against_its_base()
    {
        var baseYaml = Shipped("bk-cum-huyen");
        await UploadAsync(baseYaml);
        // Group 3 is not customisable in the BK framework: changing one of its criteria is reported.
        var custom = baseYaml.Replace("id: bk-cum-huyen", "id: bk-cum-cho-don")
            .Replace("Lãnh đạo, chỉ đạo tổ chức các phong trào thi đua (văn bản, kế hoạch)\", max: 3", "Lãnh đạo, chỉ đạo\", max: 3, kind: done");

        var conforming = await _admin.PostAsync("/registry/frameworks/bk-cum-huyen/versions/1/customisation-check",
            Yaml(baseYaml.Replace("id: bk-cum-huyen", "id: bk-cum-cho-don")));
        var changed = await _admin.PostAsync("/registry/frameworks/bk-cum-huyen/versions/1/customisation-check", Yaml(custom));

        (await conforming.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conforms").GetBoolean().Should().BeTrue();
        var report = await changed.Content.ReadFromJsonAsync<JsonElement>();
        report.GetProperty("conforms").GetBoolean().Should().BeFalse();
        report.GetProperty("errors").GetProperty("groups[g3].criteria")[0].GetString().Should().Contain("không được tùy chỉnh").And.Contain("3.1");
    }

    [Fact]
    public async Task Only_an_administrator_may_upload_one()
    {
        using var head = _registry.Client(ServiceHost.Token(Roles.Head, "tua-chua"));

        (await head.PostAsync("/registry/frameworks", Yaml(DienBien))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_demo_data_scores_the_Dien_Bien_year_with_its_shipped_framework()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var broker = await BrokerVirtualHost.TryCreateAsync("tdkt-demo");
        var config = ServiceHost.OnRealServers(database.ConnectionString, broker);
        config[ConfigKeys.SeedDemoData] = "true";
        await using var registry = await ServiceHost.StartAsync(config, new RegistryService());
        using var admin = registry.Client(ServiceHost.Token(Roles.Admin));

        var years = await admin.GetFromJsonAsync<JsonElement>("/registry/clusters/dien-bien-vung-cao/years");
        var frameworks = await admin.GetFromJsonAsync<JsonElement>("/registry/frameworks");

        (years[0].GetProperty("frameworkId").GetString(), years[0].GetProperty("frameworkVersion").GetInt32()).Should().Be(("db-huyen-vung-cao", 1));
        frameworks.EnumerateArray().Select(f => f.GetProperty("frameworkId").GetString())
            .Should().Equal("bk-cum-huyen", "db-huyen-vung-cao", "hd-quan-ha-dong", "yt-y-te");
        (await admin.GetFromJsonAsync<JsonElement>("/registry/frameworks/db-huyen-vung-cao/versions/1")).GetProperty("locked").GetBoolean()
            .Should().BeTrue("the demo year is open");
    }

    private static string Shipped(string id) => ShippedFrameworks.Files().Single(f => f.Name == id).Yaml;

    private static StringContent Yaml(string yaml) => new(yaml, Encoding.UTF8, "application/yaml");

    private Task<HttpResponseMessage> UploadAsync(string yaml) => _admin.PostAsync("/registry/frameworks", Yaml(yaml));

    private Task<HttpResponseMessage> AssignAsync(string clusterId, int year, object body) =>
        _admin.PutAsJsonAsync($"/registry/clusters/{clusterId}/years/{year}/framework", body);

    private async Task CreateYearAsync(string clusterId, int year, bool open)
    {
        (await _admin.PostAsJsonAsync("/registry/clusters", new { id = clusterId, name = $"Cụm {clusterId}" })).EnsureSuccessStatusCode();
        (await _admin.PostAsJsonAsync($"/registry/clusters/{clusterId}/units", new { id = $"{clusterId}-a", name = "Huyện A" })).EnsureSuccessStatusCode();
        (await _admin.PostAsJsonAsync($"/registry/clusters/{clusterId}/units", new { id = $"{clusterId}-b", name = "Huyện B" })).EnsureSuccessStatusCode();
        (await _admin.PostAsJsonAsync($"/registry/clusters/{clusterId}/years", new { year, head = $"{clusterId}-a", open })).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
