using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Contracts;
using Tdkt.Embedded;
using Tdkt.Integration.Tests.Voting;
using Tdkt.Intake;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Testing;
using Tdkt.Voting;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>NominationsDecided → draft → approve → inbox → return → resubmit → acknowledge, on both modes.</summary>
[Collection(RealServers.Name)]
public sealed class When_the_Dien_Bien_dossier_goes_to_the_board
{
    [Fact]
    public async Task On_separate_services_the_board_returns_version_1_and_acknowledges_version_2_and_other_services_are_told()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var files = Directory.CreateTempSubdirectory("tdkt-files-");
        await using var broker = await BrokerVirtualHost.TryCreateAsync("tdkt-demo");
        var config = ServiceHost.OnRealServers(database.ConnectionString, broker);
        config[ConfigKeys.SeedDemoData] = "true";
        // One shared file store, as the volume every service mounts in compose and k8s.
        config[ConfigKeys.FilesPath] = files.FullName;
        var clock = new ShiftedClock();
        await using var intake = await ServiceHost.StartAsync(config, new IntakeService());
        await using var appraisal = await ServiceHost.StartAsync(config, s => s.AddSingleton<TimeProvider>(clock), new AppraisalService());
        await using var voting = await ServiceHost.StartAsync(config, new VotingService());
        await using var dossier = await ServiceHost.StartAsync(config, new Tdkt.Dossier.DossierService());
        await using var registry = await ServiceHost.StartAsync(config, new RegistryService());
        await using var submitted = await Published<DossierSubmitted>.WatchAsync(broker?.Connection);
        await using var returned = await Published<DossierReturned>.WatchAsync(broker?.Connection);
        await using var acknowledged = await Published<DossierAcknowledged>.WatchAsync(broker?.Connection);
        try
        {
            var chain = new DienBienDossier(intake.Address, dossier.Address);
            await RunYearAsync(new DienBienYear(intake.Address, appraisal.Address, clock), chain, voting.Address);
            await chain.RunAsync();

            (await submitted.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster, "DossierSubmitted", count: 2)).Select(m => m.Version).Should().Equal(1, 2);
            (await returned.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster, "DossierReturned")).Single().Reason.Should().Contain("Thiếu chữ ký");
            (await acknowledged.ArrivedAsync(m => m.ClusterId == DienBienYear.Cluster, "DossierAcknowledged")).Single().Version.Should().Be(2);
        }
        finally
        {
            files.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task On_the_embedded_host_the_same_chain_works()
    {
        var clock = new ShiftedClock();
        await using var host = await TemporaryEmbeddedHost.StartAsync(demoData: true, s => s.AddSingleton<TimeProvider>(clock), EmbeddedPlatform.Services());
        var chain = new DienBienDossier(host.Address, host.Address);
        await RunYearAsync(new DienBienYear(host.Address, host.Address, clock), chain, host.Address);
        await chain.RunAsync();
    }

    private static async Task RunYearAsync(DienBienYear year, DienBienDossier chain, Uri voting)
    {
        await year.FinalizeAsync(afterSubmissions: chain.UploadAchievementReportAsync);
        await new DienBienConference(voting).RunAsync();
    }
}
