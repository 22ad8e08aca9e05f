using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tdkt.Embedded;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Web;

namespace Tdkt.Browser.Tests;

/// <summary>
/// The embedded host with the web app (every service, SQLite, in-memory bus, demo data) on a fixed free port, and
/// one headless Debian chromium shared by the browser tests. People sign in through the registry's real login page.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tdkt-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright _playwright = null!;

    public ServiceHost Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri Address => Host.Address;
    public Accounts People { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var activity = new DatabaseActivity();
        // A fixed port: the web client's redirect address is registered at the identity server with it.
        var port = FreePort();
        Host = await ServiceHost.StartAsync(new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "sqlite",
            [ConfigKeys.DataDirectory] = _directory,
            [ConfigKeys.SeedDemoData] = "true",
            [ConfigKeys.Urls] = $"http://127.0.0.1:{port}",
        }, s => s.AddSingleton<IInterceptor>(activity), [.. EmbeddedPlatform.Services(), new WebService()]);
        await activity.SettleAsync(quiet: 20, TimeSpan.FromSeconds(120));
        People = await Accounts.CreateAsync(Host);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TDKT_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in as the given person, on the page they land on.</summary>
    public async Task<IPage> SignInAsync(Account person, int width = 1280)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync(Address.ToString());
        await page.FillAsync("#userName", person.UserName);
        await page.FillAsync("#password", person.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#me-role");
        return page;
    }

    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "vi-VN",
        });
        return await context.NewPageAsync();
    }

    public HttpClient Api(string role, string? unit = null) => Host.Client(ServiceHost.Token(role, unit));

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* a file still closing */ }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
