using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Registry.Accounts;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Sign-in as the web app does it, against the registry alone on SQLite (as embedded): the login page
/// with its antiforgery token, the authorization code flow with PKCE, and the token it yields at the APIs.
/// </summary>
public sealed class When_a_user_signs_in : IAsyncLifetime
{
    private const string WebSecret = "web-client-secret-for-tests";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tdkt-signin-" + Guid.NewGuid().ToString("N"));
    private ServiceHost _host = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _host = await ServiceHost.StartAsync(new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "sqlite",
            [ConfigKeys.DataDirectory] = _directory,
            [ConfigKeys.SeedDemoData] = "true",
            [ConfigKeys.WebClientSecret] = WebSecret,
            [ConfigKeys.WebPublicUrls] = "http://web.test",
            // As embedded: the server's keys are generated into the data directory.
            [ConfigKeys.AuthOidcSigningKey] = null,
            [ConfigKeys.AuthOidcEncryptionKey] = null,
        }, new RegistryService());
        _admin = _host.Client(ServiceHost.Token(Roles.Admin));
    }

    [Fact]
    public async Task A_new_user_signs_in_with_the_password_shown_once_and_the_token_carries_their_role()
    {
        var password = await CreateAsync("nguoi-nam-po", Roles.Unit, "nam-po");

        using var browser = new OidcBrowser(_host.Address);
        var tokens = await browser.SignInAsync("nguoi-nam-po", password, WebSecret);
        tokens.GetProperty("id_token").GetString().Should().NotBeNullOrEmpty();
        using var api = _host.Client(tokens.GetProperty("access_token").GetString());

        var me = await api.GetFromJsonAsync<JsonElement>("/registry/me");
        me.GetProperty("userName").GetString().Should().Be("nguoi-nam-po");
        me.GetProperty("displayName").GetString().Should().Be("Cán bộ Nậm Pồ");
        me.GetProperty("role").GetString().Should().Be("unit");
        me.GetProperty("unit").GetProperty("id").GetString().Should().Be("nam-po");
        me.GetProperty("unit").GetProperty("clusterId").GetString().Should().Be("dien-bien-vung-cao");
        (await api.GetAsync("/registry/users")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a unit is no administrator");
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(Path.Combine(_directory, "oidc-signing.pem")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public async Task Signing_out_ends_the_registry_session_and_returns_to_the_web_app()
    {
        var password = await CreateAsync("dang-xuat", Roles.Board, null);
        using var browser = new OidcBrowser(_host.Address);
        var tokens = await browser.SignInAsync("dang-xuat", password, WebSecret);

        (await browser.SignOutAsync(tokens.GetProperty("id_token").GetString()!)).Should().Be("http://web.test/signout-callback-oidc");
        var again = await browser.AuthorizeRedirectAsync(
            "client_id=tdkt-web&response_type=code&scope=openid&redirect_uri=" + Uri.EscapeDataString(OidcBrowser.RedirectUri)
            + "&code_challenge=" + new string('a', 43) + "&code_challenge_method=S256");
        again.Should().StartWith("/account/login", "the registry's login cookie is gone");
    }

    [Fact]
    public async Task An_authorization_request_without_a_PKCE_challenge_is_refused()
    {
        using var client = _host.Client();
        using var response = await client.GetAsync(
            "/connect/authorize?client_id=tdkt-web&response_type=code&scope=openid&redirect_uri=" + Uri.EscapeDataString(OidcBrowser.RedirectUri));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("code_challenge");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_fifth_locks_the_account_even_for_the_right_one()
    {
        var password = await CreateAsync("khoa-thu", Roles.Board, null);
        using var browser = new OidcBrowser(_host.Address);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await browser.PostLoginAsync("khoa-thu", "sai-mat-khau-" + attempt);
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
            (await wrong.Content.ReadAsStringAsync()).Should().Contain(LoginPage.WrongPassword);
        }
        using var fifth = await browser.PostLoginAsync("khoa-thu", "sai-mat-khau-5");
        (await fifth.Content.ReadAsStringAsync()).Should().Contain(LoginPage.LockedOut);
        using var right = await browser.PostLoginAsync("khoa-thu", password);
        (await right.Content.ReadAsStringAsync()).Should().Contain(LoginPage.LockedOut);

        var users = await _admin.GetFromJsonAsync<JsonElement>("/registry/users");
        users.EnumerateArray().Single(u => u.GetProperty("id").GetString() == "khoa-thu").GetProperty("lockedOut").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_reset_password_works_the_old_one_does_not_and_the_lock_is_lifted()
    {
        var old = await CreateAsync("dat-lai", Roles.Board, null);
        using var browser = new OidcBrowser(_host.Address);
        for (var i = 0; i < 5; i++) (await browser.PostLoginAsync("dat-lai", "sai-mat-khau")).Dispose();

        using var reset = await _admin.PostAsync("/registry/users/dat-lai/password", null);
        reset.StatusCode.Should().Be(HttpStatusCode.OK);
        var fresh = (await reset.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString()!;

        fresh.Should().NotBe(old).And.MatchRegex("^[a-z0-9]{4}(-[a-z0-9]{4}){3}$");
        using var withOld = await browser.PostLoginAsync("dat-lai", old);
        (await withOld.Content.ReadAsStringAsync()).Should().Contain(LoginPage.WrongPassword);
        using var withNew = await browser.PostLoginAsync("dat-lai", fresh, "/connect/authorize");
        withNew.StatusCode.Should().Be(HttpStatusCode.Redirect);
        withNew.Headers.Location!.OriginalString.Should().Be("/connect/authorize");
    }

    [Fact]
    public async Task The_login_page_only_returns_to_this_site_and_encodes_what_it_shows()
    {
        await CreateAsync("chuyen-huong", Roles.Board, null);
        using var browser = new OidcBrowser(_host.Address);
        using var wrong = await browser.PostLoginAsync("<script>x</script>", "sai-mat-khau", "//evil.example/");
        var html = await wrong.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>x").And.NotContain("evil.example").And.Contain("Tên đăng nhập").And.Contain("id=\"sign-in\"");
    }

    [Fact]
    public async Task The_demo_accounts_are_created_once_and_can_sign_in()
    {
        var demo = await ((DemoAccounts)_host.Services.GetService(typeof(DemoAccounts))!).Ready;
        demo.Select(a => a.UserName).Should().Contain(["quan-tri", "ban-tdkt", "tua-chua", "dien-bien-dong"], "the head of each open year and its first other member");
        var head = demo.Single(a => a.UserName == "tua-chua");
        head.Role.Should().Be(Roles.Head);

        using var browser = new OidcBrowser(_host.Address);
        var tokens = await browser.SignInAsync(head.UserName, head.Password, WebSecret);
        using var api = _host.Client(tokens.GetProperty("access_token").GetString());
        var me = await api.GetFromJsonAsync<JsonElement>("/registry/me");
        me.GetProperty("role").GetString().Should().Be("head");
        me.GetProperty("unit").GetProperty("id").GetString().Should().Be("tua-chua");
    }

    private async Task<string> CreateAsync(string userName, string role, string? unit)
    {
        using var created = await _admin.PutAsJsonAsync($"/registry/users/{userName}",
            new { displayName = unit is null ? "Cán bộ Ban" : "Cán bộ Nậm Pồ", role, unit });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("password").GetString()!;
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
