using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Tdkt.Contracts;
using Tdkt.Dossier.Delivery;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// A cluster-year the dossier service hears of only by messages; the head approves its draft, and the dossier service
/// POSTs the package to a local stand-in for the province's document system when Tdkt:Dossier:DeliveryUrl is set.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_approved_dossier_is_sent_to_the_provincial_document_system
{
    [Fact]
    public async Task The_package_arrives_once_after_two_refusals_and_the_version_shows_delivered()
    {
        await using var system = await ProvincialDocumentSystem.StartAsync(refusals: 2);
        await using var year = await ApprovedYear.StartAsync(system.Address);

        var version = await year.VersionWhereAsync(v => v.GetProperty("deliveryStatus").GetString() == "delivered", "the delivered version");

        version.GetProperty("deliveryAttempts").GetInt32().Should().BeGreaterThanOrEqualTo(3);
        version.GetProperty("deliveredAt").ValueKind.Should().Be(JsonValueKind.String);
        var sha256 = version.GetProperty("packageSha256").GetString();
        system.Received.Keys.Should().Equal($"{year.ClusterId}/2025/1");
        system.Received.Single().Value.Should().Be(new ProvincialDocumentSystem.Arrival(year.ClusterId, "2025", "1", sha256!, sha256!, "application/zip"));
    }

    [Fact]
    public async Task A_system_that_always_refuses_leaves_the_version_failed_with_the_error_and_the_dossier_submitted_in_the_inbox()
    {
        await using var system = await ProvincialDocumentSystem.StartAsync(refusals: int.MaxValue);
        await using var year = await ApprovedYear.StartAsync(system.Address);

        var version = await year.VersionWhereAsync(v => v.GetProperty("deliveryStatus").GetString() == "failed", "the failed delivery");

        version.GetProperty("status").GetString().Should().Be("submitted");
        version.GetProperty("deliveryError").GetString().Should().NotBeNullOrWhiteSpace();
        version.GetProperty("deliveryAttempts").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        using var board = year.Dossier.Client(ServiceHost.Token(Roles.Board));
        var inbox = await board.GetFromJsonAsync<JsonElement>($"/dossier/inbox?clusterId={year.ClusterId}");
        var item = inbox.EnumerateArray().Single();
        (item.GetProperty("status").GetString(), item.GetProperty("deliveryStatus").GetString()).Should().Be(("submitted", "failed"));
        item.GetProperty("deliveryError").GetString().Should().NotBeNullOrWhiteSpace();
        system.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_delivery_address_nothing_is_sent_and_a_new_sending_is_refused()
    {
        await using var system = await ProvincialDocumentSystem.StartAsync(refusals: 0);
        await using var submitted = await Published<DossierSubmitted>.WatchAsync();
        await using var year = await ApprovedYear.StartAsync(deliveryUrl: null);
        await submitted.ArrivedAsync(m => m.ClusterId == year.ClusterId, "DossierSubmitted");

        var version = (await year.Head.GetFromJsonAsync<JsonElement>(year.Path)).GetProperty("versions")[0];
        version.GetProperty("deliveryStatus").ValueKind.Should().Be(JsonValueKind.Null);
        (await year.Head.PostAsync($"{year.Path}/versions/1/delivery", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        system.Requests.Should().Be(0);
    }

    /// <summary>The dossier service alone, its draft made from messages, approved by the head.</summary>
    private sealed class ApprovedYear : IAsyncDisposable
    {
        private PostgresDatabase _database = null!;
        private DirectoryInfo _files = null!;
        public ServiceHost Dossier { get; private set; } = null!;
        public HttpClient Head { get; private set; } = null!;
        public string ClusterId { get; } = $"cum-{Guid.NewGuid():N}"[..20];
        public string Path => $"/dossier/clusters/{ClusterId}/years/2025";

        public static async Task<ApprovedYear> StartAsync(Uri? deliveryUrl)
        {
            var year = new ApprovedYear();
            year._database = await PostgresDatabase.CreateAsync();
            year._files = Directory.CreateTempSubdirectory("tdkt-files-");
            var config = ServiceHost.OnRealServers(year._database.ConnectionString);
            config[ConfigKeys.FilesPath] = year._files.FullName;
            config[ConfigKeys.DossierDeliveryUrl] = deliveryUrl?.ToString();
            // Quick retries, so the test does not wait the seconds a real system is given.
            year.Dossier = await ServiceHost.StartAsync(config, s => s.Configure<HttpStandardResilienceOptions>($"{DeliveryClient.Name}-standard",
                o => o.Retry.Delay = TimeSpan.FromMilliseconds(50)), new Tdkt.Dossier.DossierService());
            var units = new[] { $"{year.ClusterId}-a", $"{year.ClusterId}-b", $"{year.ClusterId}-c" };
            var bus = year.Dossier.Services.GetRequiredService<IBus>();
            await bus.Publish(new ClusterYearOpened(year.ClusterId, 2025, "Cụm thi đua ngành Y tế", units[0], units[1],
                units.Select((u, i) => new ClusterMember(u, $"Bệnh viện {i + 1}", [])).ToList(), DateTimeOffset.UtcNow, null));
            await bus.Publish(new ScoresFinalized(year.ClusterId, 2025, DateTimeOffset.UtcNow, "yt-y-te", 1,
                units.Select((u, i) => new FinalUnitScore(u, $"Bệnh viện {i + 1}", i == 0, [], 0, 0, 900 - i, i + 1, [], "eligible", [], false)).ToList(),
                [new ProposedAward("co", "Cờ thi đua của UBND tỉnh", 1, "proposed", [units[0]], [], 0, 0, [])]));
            await bus.Publish(new NominationsDecided(year.ClusterId, 2025, new DateOnly(2025, 12, 10), "Hội trường Sở Y tế",
                units.Select((u, i) => new ConferenceDelegate(u, $"Bệnh viện {i + 1}", "Nguyễn Văn A", "Giám đốc")).ToList(),
                new QuorumRecord("majority", 3, 2, 3, "present", ""), "consensus",
                [new AwardDecision("co", "Cờ thi đua của UBND tỉnh", 1, [units[0]], "consensus")], [], DateTimeOffset.UtcNow));
            year.Head = year.Dossier.Client(ServiceHost.Token(Roles.Head, units[0]));
            await year.VersionWhereAsync(_ => true, "the draft");
            (await year.Head.PostAsync($"{year.Path}/approval", null)).StatusCode.Should().Be(HttpStatusCode.OK);
            return year;
        }

        public Task<JsonElement> VersionWhereAsync(Func<JsonElement, bool> match, string what) =>
            Eventually.Until(async () => await Head.GetAsync(Path) is { IsSuccessStatusCode: true } r
                    && (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versions") is { ValueKind: JsonValueKind.Array } vs
                    && vs.GetArrayLength() == 1 ? vs[0] : default,
                v => v.ValueKind == JsonValueKind.Object && match(v), TimeSpan.FromSeconds(60), what);

        public async ValueTask DisposeAsync()
        {
            Head?.Dispose();
            if (Dossier is not null) await Dossier.DisposeAsync();
            await _database.DisposeAsync();
            _files.Delete(recursive: true);
        }
    }
}
