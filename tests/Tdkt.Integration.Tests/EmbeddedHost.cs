using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Embedded;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// One embedded host (every service, SQLite, in-memory bus, the demo data) shared by the tests that
/// probe the whole API surface, with a count of what reaches its databases.
/// </summary>
public sealed class EmbeddedHost : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tdkt-surface-" + Guid.NewGuid().ToString("N"));

    public ServiceHost Host { get; private set; } = null!;
    public DatabaseActivity Activity { get; } = new();

    public async Task InitializeAsync()
    {
        Host = await ServiceHost.StartAsync(new Dictionary<string, string?>
        {
            [ConfigKeys.DatabaseProvider] = "sqlite",
            [ConfigKeys.DataDirectory] = _directory,
            [ConfigKeys.SeedDemoData] = "true",
        }, s => s.AddSingleton<IInterceptor>(Activity), EmbeddedPlatform.Services());
        // The demo years are opened and their past deadlines fired before anything is probed.
        await Activity.SettleAsync(quiet: 20, TimeSpan.FromSeconds(120));
    }

    /// <summary>Every operation of the OpenAPI document: (method, path template, whether it takes a body and its content type).</summary>
    public async Task<List<Operation>> OperationsAsync()
    {
        using var client = Host.Client();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operations = new List<Operation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
            {
                var body = op.Value.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content)
                    ? content.EnumerateObject().First().Name
                    : null;
                operations.Add(new Operation(op.Name.ToUpperInvariant(), path.Name, body));
            }
        return operations;
    }

    public HttpClient Client(string? token) => Host.Client(token);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <param name="BodyType">The first content type the operation accepts, or null when it takes no body.</param>
public sealed record Operation(string Method, string Path, string? BodyType)
{
    /// <summary>The path with its parameters filled with the demo data (the Điện Biên highland cluster, 2022, Nậm Pồ).</summary>
    public string Example => Fill(Path);

    public static string Fill(string path) => path
        .Replace("{clusterId}", "dien-bien-vung-cao").Replace("{year}", "2022").Replace("{unitId}", "nam-po")
        .Replace("{userId}", "nam-po").Replace("{frameworkId}", "db-huyen-vung-cao").Replace("{version}", "1")
        .Replace("{submissionId}", "00000000-0000-0000-0000-000000000001").Replace("{stepId}", "summary-conference")
        .Replace("{reportId}", "00000000-0000-0000-0000-000000000002").Replace("{sha256}", new string('0', 64))
        .Replace("{deductionId}", "00000000-0000-0000-0000-000000000003").Replace("{statusId}", "00000000-0000-0000-0000-000000000004")
        .Replace("{requestId}", "00000000-0000-0000-0000-000000000005").Replace("{objectionId}", "00000000-0000-0000-0000-000000000006")
        .Replace("{section}", "criteria").Replace("{criterionId}", "1.8")
        .Replace("{kind}", "summary").Replace("{number}", "1").Replace("{receipt}", new string('0', 64))
        .Replace("/definitions/{id}", "/definitions/db-cum-vung-cao").Replace("{id}", "1");

    public override string ToString() => $"{Method} {Path}";
}

[CollectionDefinition(Name)]
public sealed class EmbeddedHostCollection : ICollectionFixture<EmbeddedHost>
{
    public const string Name = "embedded host";
}

public static class Bearer
{
    public static void Use(this HttpRequestMessage request, string? token)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
