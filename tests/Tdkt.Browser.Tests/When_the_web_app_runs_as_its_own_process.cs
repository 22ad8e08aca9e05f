using System.Net.Http.Json;
using FluentAssertions;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

/// <summary>
/// The deployed shape: registry, intake, workflows and the web app as four processes on the rig's PostgreSQL and
/// RabbitMQ. The browser signs in at the registry; the services accept its tokens through its discovery document.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class When_the_web_app_runs_as_its_own_process(BrowserHost host) : IAsyncLifetime
{
    private const string ClientSecret = "system-test-web-client-secret";
    private readonly TestCluster _cluster = TestCluster.Create();
    private readonly List<ServiceProcess> _processes = [];
    private PostgresDatabase _database = null!;
    private ServiceProcess _registry = null!, _web = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var webPort = ServiceProcess.FreePort();
        _registry = await Start("Tdkt.Registry.Host", "tdkt-platform/Tdkt.Registry.Host", new()
        {
            [ConfigKeys.WebClientSecret] = ClientSecret,
            [ConfigKeys.WebPublicUrls] = $"http://127.0.0.1:{webPort}",
        });
        var authority = new Dictionary<string, string> { [ConfigKeys.AuthAuthority] = _registry.Address.ToString() };
        var intake = await Start("Tdkt.Intake.Host", "services/intake/Tdkt.Intake.Host", authority);
        var workflows = await Start("Tdkt.Workflows.Host", "workflows/Tdkt.Workflows.Host", authority);
        _web = await Start("Tdkt.Web.Host", "tdkt-platform/Tdkt.Web.Host", new(authority)
        {
            [ConfigKeys.WebAuthority] = _registry.Address.ToString(),
            [ConfigKeys.WebClientSecret] = ClientSecret,
            [$"{ConfigKeys.WebServices}:registry"] = _registry.Address.ToString(),
            [$"{ConfigKeys.WebServices}:intake"] = intake.Address.ToString(),
            [$"{ConfigKeys.WebServices}:workflows"] = workflows.Address.ToString(),
        }, webPort);
    }

    [Fact]
    public async Task A_unit_signs_in_at_the_registry_and_its_pages_read_the_other_services()
    {
        await _cluster.ImportAsync(_registry.Address);
        using var admin = new HttpClient { BaseAddress = _registry.Address };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Admin));
        var created = await admin.PutAsJsonAsync($"/registry/users/vt-{_cluster.Member}", new { displayName = "Văn thư thành viên", role = "unit", unit = _cluster.Member });
        created.EnsureSuccessStatusCode();
        var password = (await created.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["password"].ToString()!;

        var page = await host.NewPageAsync();
        await page.GotoAsync(_web.Address.ToString());
        new Uri(page.Url).Port.Should().Be(_registry.Address.Port, "the sign-in page is the registry's");
        await page.FillAsync("#userName", $"vt-{_cluster.Member}");
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#me-role");
        new Uri(page.Url).AbsolutePath.Should().Be($"/don-vi/{_cluster.Member}");
        (await page.TextContentAsync("#me-unit")).Should().Be("UBND huyện Thành viên");
        (await page.QuerySelectorAsync("#problem")).Should().BeNull("the workflows service accepted the registry's token");

        await page.GotoAsync($"{_web.Address}don-vi/{_cluster.Member}/bai-da-nop/{_cluster.Id}/{_cluster.Year}");
        (await page.QuerySelectorAsync("#problem")).Should().BeNull("the intake service accepted the registry's token");
        (await page.TextContentAsync("#no-submissions")).Should().Contain("chưa nộp");
        await page.SaveAsync("separate-processes-unit-submissions");
    }

    private async Task<ServiceProcess> Start(string name, string directory, Dictionary<string, string> environment, int? port = null)
    {
        var process = await ServiceProcess.StartAsync(name, directory, _database.ConnectionString, environment, port);
        _processes.Add(process);
        return process;
    }

    public async Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes)) await process.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
