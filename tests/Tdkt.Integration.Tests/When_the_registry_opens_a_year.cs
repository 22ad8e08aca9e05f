using System.Net;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Dossier;
using Tdkt.Platform.ClusterYears;
using Tdkt.Registry;
using Tdkt.Testing;
using Tdkt.Voting;

namespace Tdkt.Integration.Tests;

/// <summary>Services that have no feature yet still start, report healthy and keep their own copy of each opened year.</summary>
[Collection(RealServers.Name)]
public sealed class When_the_registry_opens_a_year : IAsyncLifetime
{
    private readonly TestCluster _cluster = TestCluster.Create();
    private PostgresDatabase _database = null!;
    private ServiceHost _registry = null!, _voting = null!, _dossier = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(_database.ConnectionString);
        _registry = await ServiceHost.StartAsync(config, new RegistryService());
        _voting = await ServiceHost.StartAsync(config, new VotingService());
        _dossier = await ServiceHost.StartAsync(config, new DossierService());
    }

    [Fact]
    public async Task Voting_and_dossier_keep_the_head_and_the_members_with_their_addresses()
    {
        await _cluster.ImportAsync(_registry.Address);

        foreach (var (host, read) in new (ServiceHost, Func<IServiceProvider, ClusterYearsDb>)[]
                 { (_voting, sp => sp.GetRequiredService<VotingDb>()), (_dossier, sp => sp.GetRequiredService<DossierDb>()) })
        {
            var copy = await Eventually.Until(async () =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                return await read(scope.ServiceProvider).ClusterYears.SingleOrDefaultAsync(y => y.ClusterId == _cluster.Id);
            }, c => c is not null, what: "the service's copy of the year");

            copy!.Year.Should().Be(_cluster.Year);
            copy.HeadUnitId.Should().Be(_cluster.Head);
            copy.Members.Select(m => (m.UnitId, m.Emails.Single()))
                .Should().Equal((_cluster.Head, $"truong@{_cluster.Id}.example"), (_cluster.Member, $"thanhvien@{_cluster.Id}.example"));
            using var client = host.Client();
            (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    public async Task DisposeAsync()
    {
        await _dossier.DisposeAsync();
        await _voting.DisposeAsync();
        await _registry.DisposeAsync();
        await _database.DisposeAsync();
    }
}
