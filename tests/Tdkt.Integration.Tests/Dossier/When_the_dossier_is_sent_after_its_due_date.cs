using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Integration.Tests.Voting;
using Tdkt.Platform.Auth;
using Tdkt.Testing;
using ShippedDefinitions = Tdkt.Workflows.Definitions.ShippedDefinitions;
using WorkflowDefinitionLoader = Tdkt.Workflows.Definitions.WorkflowDefinitionLoader;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>A cluster-year the dossier service hears of only by messages, whose workflow gives the dossier a due date.</summary>
[Collection(RealServers.Name)]
public sealed class When_the_dossier_is_sent_after_its_due_date
{
    [Fact]
    public async Task The_days_late_are_recorded_and_published_with_the_submission()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var files = Directory.CreateTempSubdirectory("tdkt-files-");
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        config[Tdkt.Platform.Hosting.ConfigKeys.FilesPath] = files.FullName;
        await using var dossier = await ServiceHost.StartAsync(config, new Tdkt.Dossier.DossierService());
        await using var submitted = await Published<DossierSubmitted>.WatchAsync();
        var clusterId = $"cum-{Guid.NewGuid():N}"[..20];
        var units = new[] { $"{clusterId}-a", $"{clusterId}-b", $"{clusterId}-c" };
        var due = VietnamTime.Today(TimeProvider.System).AddDays(-3);
        var bus = dossier.Services.GetRequiredService<IBus>();
        await bus.Publish(new ClusterYearOpened(clusterId, 2025, "Cụm thi đua ngành Y tế", units[0], units[1],
            units.Select((u, i) => new ClusterMember(u, $"Bệnh viện {i + 1}", [])).ToList(), DateTimeOffset.UtcNow, null));
        // The shipped health definition's dossier step, its due date set to three days ago.
        var health = WorkflowDefinitionLoader.Load(ShippedDefinitions.Texts["yt-cum-y-te.yaml"]).Definition!;
        var step = health.Steps.Single(s => s.CompletedBy.Event == nameof(DossierSubmitted));
        await bus.Publish(new StepsPlanned(clusterId, 2025, health.Id, health.Version, 1, DateTimeOffset.UtcNow,
            [new PlannedStep(step.Id, step.Title, step.CompletedBy.Event, new Dictionary<string, string>(), due, null)]));
        await bus.Publish(new ScoresFinalized(clusterId, 2025, DateTimeOffset.UtcNow, "yt-y-te", 1,
            units.Select((u, i) => new FinalUnitScore(u, $"Bệnh viện {i + 1}", i == 0, [], 0, 0, 900 - i, i + 1, [], "eligible", [], false)).ToList(),
            [new ProposedAward("co", "Cờ thi đua của UBND tỉnh", 1, "proposed", [units[0]], [], 0, 0, [])]));
        await bus.Publish(new NominationsDecided(clusterId, 2025, due.AddDays(-20), "Hội trường Sở Y tế",
            units.Select((u, i) => new ConferenceDelegate(u, $"Bệnh viện {i + 1}", "Nguyễn Văn A", "Giám đốc")).ToList(),
            new QuorumRecord("majority", 3, 2, 3, "present", ""), "consensus", [new AwardDecision("co", "Cờ thi đua của UBND tỉnh", 1, [units[0]], "consensus")], [],
            DateTimeOffset.UtcNow));
        using var head = new HttpClient { BaseAddress = dossier.Address };
        head.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Head, units[0]));
        var path = $"/dossier/clusters/{clusterId}/years/2025";
        try
        {
            await Eventually.Until(async () => await head.GetAsync(path) is { IsSuccessStatusCode: true } r ? await r.Content.ReadFromJsonAsync<JsonElement>() : default,
                d => d.ValueKind == JsonValueKind.Object && d.GetProperty("versions").GetArrayLength() == 1
                     && d.GetProperty("dueDate").ValueKind == JsonValueKind.String, what: "the draft and the workflow's due date for it");

            (await head.PostAsync($"{path}/approval", null)).StatusCode.Should().Be(HttpStatusCode.OK);

            var version = (await head.GetFromJsonAsync<JsonElement>(path)).GetProperty("versions")[0];
            (version.GetProperty("dueDate").GetString(), version.GetProperty("daysLate").GetInt32()).Should().Be((due.ToString("yyyy-MM-dd"), 3));
            var message = (await submitted.ArrivedAsync(m => m.ClusterId == clusterId, "DossierSubmitted")).Single();
            (message.DueDate, message.DaysLate).Should().Be((due, 3));
        }
        finally
        {
            files.Delete(recursive: true);
        }
    }
}
