using System.Net;
using FluentAssertions;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>The system test: registry, intake and appraisal as three `dotnet` processes on the rig's servers.</summary>
[Collection(RealServers.Name)]
public sealed class When_services_run_as_separate_processes : IAsyncLifetime
{
    private readonly TestCluster _cluster = TestCluster.Create();
    private PostgresDatabase _database = null!;
    private ServiceProcess _registry = null!, _intake = null!, _appraisal = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _registry = await ServiceProcess.StartAsync("Tdkt.Registry.Host", "tdkt-platform/Tdkt.Registry.Host", _database.ConnectionString);
        _intake = await ServiceProcess.StartAsync("Tdkt.Intake.Host", "services/intake/Tdkt.Intake.Host", _database.ConnectionString);
        _appraisal = await ServiceProcess.StartAsync("Tdkt.Appraisal.Host", "services/appraisal/Tdkt.Appraisal.Host", _database.ConnectionString);
    }

    [Fact]
    public async Task The_slice_works_over_HTTP_from_registry_to_appraisal()
    {
        await _cluster.ImportAsync(_registry.Address);
        var slice = new SliceClient(_intake.Address, _appraisal.Address, _cluster);

        var response = await slice.SubmitWhenOpenAsync(_cluster.Member, TestCluster.Body(("1.1", 12.5m)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var (_, list) = await slice.HeadListWhenAsync(l => l.GetArrayLength() == 1);
        list[0].GetProperty("criteria")[0].GetProperty("score").GetDecimal().Should().Be(12.5m);
        (await slice.SubmitAsync(_cluster.Member, _cluster.Head, TestCluster.Body(("1.1", 1m)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    public async Task DisposeAsync()
    {
        await _appraisal.DisposeAsync();
        await _intake.DisposeAsync();
        await _registry.DisposeAsync();
        await _database.DisposeAsync();
    }
}
