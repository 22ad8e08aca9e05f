using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// The dossier service alone on the real servers, with a cluster-year of three hospitals it hears of only by messages
/// (opened, planned when a plan is given, scored, nominated), up to its first draft; the head's client for the year's dossier API.
/// </summary>
public sealed class DossierYearFromMessages : IAsyncDisposable
{
    public const string ClusterName = "Cụm thi đua ngành Y tế";
    private PostgresDatabase? _database;
    private DirectoryInfo? _files;
    public ServiceHost Dossier { get; private set; } = null!;
    public HttpClient Head { get; private set; } = null!;
    public HttpClient Admin => Dossier.Client(ServiceHost.Token(Roles.Admin));
    public string ClusterId { get; } = $"cum-{Guid.NewGuid():N}"[..20];
    public string Path => $"/dossier/clusters/{ClusterId}/years/2025";

    /// <param name="settings">Configuration keys the test sets, e.g. Tdkt:Dossier:DeliveryUrl.</param>
    /// <param name="services">Services the test replaces, e.g. quicker retries.</param>
    /// <param name="plan">The workflow's plan for the cluster-year, published before the scores.</param>
    public static async Task<DossierYearFromMessages> DraftedAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null,
        Func<string, StepsPlanned>? plan = null)
    {
        var year = new DossierYearFromMessages();
        try
        {
            year._database = await PostgresDatabase.CreateAsync();
            year._files = Directory.CreateTempSubdirectory("tdkt-files-");
            var config = ServiceHost.OnRealServers(year._database.ConnectionString);
            config[ConfigKeys.FilesPath] = year._files.FullName;
            foreach (var (key, value) in settings) config[key] = value;
            year.Dossier = await ServiceHost.StartAsync(config, services ?? (_ => { }), new Tdkt.Dossier.DossierService());
            var units = new[] { $"{year.ClusterId}-a", $"{year.ClusterId}-b", $"{year.ClusterId}-c" };
            var bus = year.Dossier.Services.GetRequiredService<IBus>();
            await bus.Publish(new ClusterYearOpened(year.ClusterId, 2025, ClusterName, units[0], units[1],
                units.Select((u, i) => new ClusterMember(u, $"Bệnh viện {i + 1}", [])).ToList(), DateTimeOffset.UtcNow, null));
            if (plan is not null) await bus.Publish(plan(year.ClusterId));
            await bus.Publish(new ScoresFinalized(year.ClusterId, 2025, DateTimeOffset.UtcNow, "yt-y-te", 1,
                units.Select((u, i) => new FinalUnitScore(u, $"Bệnh viện {i + 1}", i == 0, [], 0, 0, 900 - i, i + 1, [], "eligible", [], false)).ToList(),
                [new ProposedAward("co", "Cờ thi đua của UBND tỉnh", 1, "proposed", [units[0]], [], 0, 0, [])]));
            await bus.Publish(new NominationsDecided(year.ClusterId, 2025, new DateOnly(2025, 12, 10), "Hội trường Sở Y tế",
                units.Select((u, i) => new ConferenceDelegate(u, $"Bệnh viện {i + 1}", "Nguyễn Văn A", "Giám đốc")).ToList(),
                new QuorumRecord("majority", 3, 2, 3, "present", ""), "consensus",
                [new AwardDecision("co", "Cờ thi đua của UBND tỉnh", 1, [units[0]], "consensus")], [], DateTimeOffset.UtcNow));
            year.Head = year.Dossier.Client(ServiceHost.Token(Roles.Head, units[0]));
            await year.VersionWhereAsync(_ => true, "the draft");
            return year;
        }
        catch
        {
            await year.DisposeAsync();
            throw;
        }
    }

    public async Task ApproveAsync() => (await Head.PostAsync($"{Path}/approval", null)).StatusCode.Should().Be(HttpStatusCode.OK);

    public Task<JsonElement> VersionWhereAsync(Func<JsonElement, bool> match, string what) =>
        Eventually.Until(async () => await Head.GetAsync(Path) is { IsSuccessStatusCode: true } r
                && (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versions") is { ValueKind: JsonValueKind.Array } vs
                && vs.GetArrayLength() == 1 ? vs[0] : default,
            v => v.ValueKind == JsonValueKind.Object && match(v), TimeSpan.FromSeconds(60), what);

    public async ValueTask DisposeAsync()
    {
        Head?.Dispose();
        if (Dossier is not null) await Dossier.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        _files?.Delete(recursive: true);
    }
}
