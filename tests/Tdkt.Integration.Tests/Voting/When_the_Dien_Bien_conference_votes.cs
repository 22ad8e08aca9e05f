using System.Net.Http.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Contracts;
using Tdkt.Embedded;
using Tdkt.Intake;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Testing;
using Tdkt.Voting;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>From the Điện Biên demo's ScoresFinalized to NominationsDecided and LeadershipElected, on both modes.</summary>
[Collection(RealServers.Name)]
public sealed class When_the_Dien_Bien_conference_votes
{
    [Fact]
    public async Task On_separate_services_the_other_services_hear_the_nominations_and_the_registry_records_next_year_s_leadership()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var broker = await BrokerVirtualHost.TryCreateAsync("tdkt-demo");
        var config = ServiceHost.OnRealServers(database.ConnectionString, broker);
        config[ConfigKeys.SeedDemoData] = "true";
        var clock = new ShiftedClock();
        // The consumers first: on a fresh broker their queues must exist before the registry announces the demo years.
        await using var intake = await ServiceHost.StartAsync(config, new IntakeService());
        await using var appraisal = await ServiceHost.StartAsync(config, s => s.AddSingleton<TimeProvider>(clock), new AppraisalService());
        await using var voting = await ServiceHost.StartAsync(config, new VotingService());
        await using var registry = await ServiceHost.StartAsync(config, new RegistryService());
        await using var scheduled = await Published<ConferenceScheduled>.WatchAsync(broker?.Connection);
        await using var decided = await Published<NominationsDecided>.WatchAsync(broker?.Connection);
        await using var elected = await Published<LeadershipElected>.WatchAsync(broker?.Connection);
        await using var held = await Published<ConferenceHeld>.WatchAsync(broker?.Connection);

        await new DienBienYear(intake.Address, appraisal.Address, clock).FinalizeAsync();
        var conference = new DienBienConference(voting.Address);
        await conference.RunAsync();

        (await scheduled.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster, "ConferenceScheduled")).Single().Date.Should().Be(new DateOnly(2023, 1, 13));
        var nominations = (await decided.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster, "NominationsDecided")).Single();
        var leadership = (await elected.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster, "LeadershipElected")).Single();
        DienBienConference.ShouldBeTheConferenceOutcome(nominations, leadership);
        (await held.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster, "ConferenceHeld")).Single().Kind.Should().Be("summary");
        await conference.EveryReceiptIsCountedAsync();
        await NextLeadershipAsync(registry.Address);
    }

    [Fact]
    public async Task On_the_embedded_host_the_conference_decides_the_same()
    {
        var clock = new ShiftedClock();
        await using var host = await TemporaryEmbeddedHost.StartAsync(demoData: true, s => s.AddSingleton<TimeProvider>(clock), EmbeddedPlatform.Services());
        await new DienBienYear(host.Address, host.Address, clock).FinalizeAsync();
        var conference = new DienBienConference(host.Address);
        var (nominations, leadership) = await conference.RunAsync();
        DienBienConference.ShouldBeTheConferenceOutcome(nominations, leadership);
        await conference.EveryReceiptIsCountedAsync();
        await NextLeadershipAsync(host.Address);
    }

    private static async Task NextLeadershipAsync(Uri registry)
    {
        using var admin = new HttpClient { BaseAddress = registry };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", ServiceHost.Token(Roles.Admin));
        var cluster = await Eventually.Until(async () => await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/registry/clusters/{DienBienYear.Cluster}"),
            c => c.TryGetProperty("nextLeadership", out var n) && n.ValueKind == System.Text.Json.JsonValueKind.Object, what: "the registry recorded next year's leadership");
        var next = cluster.GetProperty("nextLeadership");
        (next.GetProperty("forYear").GetInt32(), next.GetProperty("head").GetString(), next.GetProperty("deputy").GetString())
            .Should().Be((2023, "dien-bien-dong", "muong-cha"));
    }
}
