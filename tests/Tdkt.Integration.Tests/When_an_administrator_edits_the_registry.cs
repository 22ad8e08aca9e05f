using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Auth;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_an_administrator_edits_the_registry : IAsyncLifetime
{
    private RegistryServices _services = null!;
    private HttpClient _admin = null!;
    private ServiceHost _registry = null!;

    public async Task InitializeAsync()
    {
        _services = await RegistryServices.StartAsync();
        (_admin, _registry) = (_services.Admin, _services.Host);
    }

    [Fact]
    public async Task An_import_with_mistakes_reports_every_one_by_path_and_writes_nothing()
    {
        const string yaml = """
            clusters:
              - id: cum-loi
                name: Cụm có lỗi
                kind: nhom
                units:
                  - { id: don-vi-a, name: Đơn vị A, emails: [khong-phai-email] }
                  - { id: "Đơn Vị B", name: Đơn vị B }
                years:
                  - { year: 2025, head: don-vi-z }
            users:
              - { id: nguoi-dung, displayName: Người dùng, role: chairman }
            """;

        var response = await _admin.PostAsync("/registry/import", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(
            "clusters[0].kind", "clusters[0].units[0].emails[0]", "clusters[0].units[1].id",
            "clusters[0].years[0].head", "users[0].role");
        errors.GetProperty("clusters[0].years[0].head")[0].GetString().Should().Contain("don-vi-z");
        (await _admin.GetFromJsonAsync<JsonElement>("/registry/clusters")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_file_that_is_not_YAML_of_the_registry_is_refused_with_its_line()
    {
        var response = await _admin.PostAsync("/registry/import",
            new StringContent("clusters:\n  - id: a\n    colour: red\n", Encoding.UTF8, "application/yaml"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Single().Name.Should().Be("dòng 3, cột 5");
    }

    [Fact]
    public async Task A_cluster_is_created_changed_and_listed_and_a_duplicate_is_a_conflict()
    {
        var created = await _admin.PostAsJsonAsync("/registry/clusters", new { id = "khoi-truong-hoc", name = "Khối trường học", kind = "block" });
        var duplicate = await _admin.PostAsJsonAsync("/registry/clusters", new { id = "khoi-truong-hoc", name = "Khối khác" });
        var changed = await _admin.PutAsJsonAsync("/registry/clusters/khoi-truong-hoc", new { name = "Khối các trường THPT", kind = "block" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        var list = await _admin.GetFromJsonAsync<JsonElement>("/registry/clusters");
        list.EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("kind").GetString()))
            .Should().Equal(("Khối các trường THPT", "block"));
    }

    [Fact]
    public async Task Opening_a_year_twice_announces_it_once()
    {
        await _admin.PostAsJsonAsync("/registry/clusters", new { id = "cum-mo", name = "Cụm mở năm" });
        await _admin.PostAsJsonAsync("/registry/clusters/cum-mo/units", new { id = "huyen-a", name = "Huyện A", emails = new[] { "a@huyen-a.example" } });
        await _admin.PostAsJsonAsync("/registry/clusters/cum-mo/units", new { id = "huyen-b", name = "Huyện B" });
        (await _admin.PostAsJsonAsync("/registry/clusters/cum-mo/years", new { year = 2026, head = "huyen-a", deputy = "huyen-b" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        (await _admin.PostAsync("/registry/clusters/cum-mo/years/2026/open", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await _admin.PostAsync("/registry/clusters/cum-mo/years/2026/open", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        await using var scope = _registry.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDb>();
        (await db.Outbox.CountAsync(m => m.MessageType.StartsWith("Tdkt.Contracts.ClusterYearOpened"))).Should().Be(1);
    }

    [Fact]
    public async Task A_year_whose_deputy_is_its_head_is_refused()
    {
        await _admin.PostAsJsonAsync("/registry/clusters", new { id = "cum-pho", name = "Cụm" });
        await _admin.PostAsJsonAsync("/registry/clusters/cum-pho/units", new { id = "huyen-c", name = "Huyện C" });
        await _admin.PostAsJsonAsync("/registry/clusters/cum-pho/units", new { id = "huyen-d", name = "Huyện D" });

        var response = await _admin.PostAsJsonAsync("/registry/clusters/cum-pho/years", new { year = 2026, head = "huyen-c", deputy = "huyen-c" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("deputy")[0].GetString()
            .Should().Be("Cụm phó phải khác Cụm trưởng.");
    }

    [Fact]
    public async Task Only_an_administrator_may_change_it()
    {
        using var unit = _registry.Client(ServiceHost.Token(Roles.Unit, "huyen-a"));
        (await unit.PostAsJsonAsync("/registry/clusters", new { id = "cum-x", name = "Cụm X" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
