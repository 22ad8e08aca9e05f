using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// The dossier service alone on the rig's servers, with a health cluster's 2025 year that it hears of only by
/// messages (opened, final scores, nominations, and a workflow plan when a due date is given), up to its first draft.
/// </summary>
public sealed class DraftedYear : IAsyncDisposable
{
    private PostgresDatabase _database = null!;
    private DirectoryInfo _files = null!;
    public ServiceHost Dossier { get; private set; } = null!;
    public HttpClient Head { get; private set; } = null!;
    public string ClusterId { get; } = $"cum-{Guid.NewGuid():N}"[..20];
    public string Path => $"/dossier/clusters/{ClusterId}/years/2025";
    public string[] Units => [$"{ClusterId}-a", $"{ClusterId}-b", $"{ClusterId}-c"];

    public static async Task<DraftedYear> StartAsync(Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null, DateOnly? due = null)
    {
        var year = new DraftedYear();
        year._database = await PostgresDatabase.CreateAsync();
        year._files = Directory.CreateTempSubdirectory("tdkt-files-");
        var config = ServiceHost.OnRealServers(year._database.ConnectionString);
        config[ConfigKeys.FilesPath] = year._files.FullName;
        configure?.Invoke(config);
        year.Dossier = await ServiceHost.StartAsync(config, services ?? (_ => { }), new Tdkt.Dossier.DossierService());
        year.Head = year.Dossier.Client(ServiceHost.Token(Roles.Head, year.Units[0]));
        await year.PublishAsync(due);
        await year.VersionWhereAsync(_ => true, "the draft");
        return year;
    }

    private async Task PublishAsync(DateOnly? due)
    {
        var units = Units;
        var bus = Dossier.Services.GetRequiredService<IBus>();
        await bus.Publish(new ClusterYearOpened(ClusterId, 2025, "Cụm thi đua ngành Y tế", units[0], units[1],
            units.Select((u, i) => new ClusterMember(u, $"Bệnh viện {i + 1}", [])).ToList(), DateTimeOffset.UtcNow, null));
        if (due is { } d)
            await bus.Publish(new StepsPlanned(ClusterId, 2025, "yt-cum-y-te", 1, 1, DateTimeOffset.UtcNow,
                [new PlannedStep("dossier", "Gửi hồ sơ đề nghị khen thưởng", nameof(DossierSubmitted), new Dictionary<string, string>(), d, null)]));
        await bus.Publish(new ScoresFinalized(ClusterId, 2025, DateTimeOffset.UtcNow, "yt-y-te", 1,
            units.Select((u, i) => new FinalUnitScore(u, $"Bệnh viện {i + 1}", i == 0, [], 0, 0, 900 - i, i + 1, [], "eligible", [], false)).ToList(),
            [new ProposedAward("co", "Cờ thi đua của UBND tỉnh", 1, "proposed", [units[0]], [], 0, 0, [])]));
        await bus.Publish(new NominationsDecided(ClusterId, 2025, new DateOnly(2025, 12, 10), "Hội trường Sở Y tế",
            units.Select((u, i) => new ConferenceDelegate(u, $"Bệnh viện {i + 1}", "Nguyễn Văn A", "Giám đốc")).ToList(),
            new QuorumRecord("majority", 3, 2, 3, "present", ""), "consensus",
            [new AwardDecision("co", "Cờ thi đua của UBND tỉnh", 1, [units[0]], "consensus")], [], DateTimeOffset.UtcNow));
    }

    /// <summary>The newest version, once it matches.</summary>
    public Task<JsonElement> VersionWhereAsync(Func<JsonElement, bool> match, string what) =>
        Eventually.Until(async () => await Head.GetAsync(Path) is { IsSuccessStatusCode: true } r
                && (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versions") is { ValueKind: JsonValueKind.Array } vs
                && vs.GetArrayLength() > 0 ? vs[0] : default,
            v => v.ValueKind == JsonValueKind.Object && match(v), TimeSpan.FromSeconds(60), what);

    public async ValueTask DisposeAsync()
    {
        Head?.Dispose();
        if (Dossier is not null) await Dossier.DisposeAsync();
        await _database.DisposeAsync();
        _files.Delete(recursive: true);
    }
}
