using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Intake;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Files;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Registry and intake on a fresh database and the real broker, intake with a file store of its own
/// in a temporary folder and a small per-file limit, and a listener for ReportSubmitted.
/// </summary>
public sealed class ReportServices : IAsyncDisposable
{
    public const long MaxBytes = 64 * 1024;

    private ReportServices(PostgresDatabase database, ServiceHost registry, ServiceHost intake, ReportListener listener, TestCluster cluster, string files) =>
        (Database, Registry, Intake, Listener, Cluster, FilesPath) = (database, registry, intake, listener, cluster, files);

    public PostgresDatabase Database { get; }
    public ServiceHost Registry { get; }
    public ServiceHost Intake { get; }
    public ReportListener Listener { get; }
    public TestCluster Cluster { get; }
    public string FilesPath { get; }
    public FileStore Store => Intake.Services.GetRequiredService<FileStore>();

    public static async Task<ReportServices> StartAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var files = Path.Combine(Path.GetTempPath(), "tdkt-files-" + Guid.NewGuid().ToString("N"));
        var registry = await ServiceHost.StartAsync(ServiceHost.OnRealServers(database.ConnectionString), new RegistryService());
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        config[ConfigKeys.FilesPath] = files;
        config[ConfigKeys.FilesMaxBytes] = MaxBytes.ToString();
        var listener = new ReportListener();
        var intake = await ServiceHost.StartAsync(config, new IntakeService(), listener);
        var services = new ReportServices(database, registry, intake, listener, TestCluster.Create(), files);
        await services.Cluster.ImportAsync(registry.Address);
        // Intake learns of the year from the registry's event: wait for it, so each test starts on an open year.
        await Eventually.Until(() => services.ListAsync(services.Cluster.Member), r => r.StatusCode != HttpStatusCode.NotFound, what: "intake to learn the cluster-year");
        return services;
    }

    public string ReportsOf(string unit) => $"/intake/clusters/{Cluster.Id}/years/{Cluster.Year}/units/{unit}/reports";

    public async Task<HttpResponseMessage> SendAsync(string unit, string kind, params (string Name, byte[] Bytes)[] files)
    {
        using var client = Intake.Client(ServiceHost.Token(Roles.Unit, unit));
        using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" }, { new StringContent("Báo cáo gửi Trưởng cụm"), "title" } };
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", name);
        }
        return await client.PostAsync(ReportsOf(unit), form);
    }

    public async Task<HttpResponseMessage> ListAsync(string unit, string? token = null)
    {
        using var client = Intake.Client(token ?? ServiceHost.Token(Roles.Unit, unit));
        return await client.GetAsync(ReportsOf(unit));
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var client = Intake.Client(token);
        return await client.GetAsync(path);
    }

    public Task<int> StoredReportsOf(string unit) => InIntakeAsync(db => db.Reports.CountAsync(r => r.UnitId == unit));

    public async Task<T> InIntakeAsync<T>(Func<IntakeDb, Task<T>> query)
    {
        await using var scope = Intake.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntakeDb>());
    }

    public async ValueTask DisposeAsync()
    {
        await Intake.DisposeAsync();
        await Registry.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(FilesPath)) Directory.Delete(FilesPath, recursive: true);
    }
}
