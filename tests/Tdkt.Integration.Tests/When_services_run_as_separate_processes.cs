using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// The system test: registry, intake and appraisal as three `dotnet` processes on the rig's servers, all reading one
/// clock the test moves.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_services_run_as_separate_processes : IAsyncLifetime
{
    private readonly TestCluster _cluster = TestCluster.Create();
    private readonly SharedClock _clock = SharedClock.Create();
    private PostgresDatabase _database = null!;
    private ServiceProcess _registry = null!, _intake = null!, _appraisal = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        _registry = await ServiceProcess.StartAsync("Tdkt.Registry.Host", "tdkt-platform/Tdkt.Registry.Host", _database.ConnectionString, _clock.Environment);
        _intake = await ServiceProcess.StartAsync("Tdkt.Intake.Host", "services/intake/Tdkt.Intake.Host", _database.ConnectionString, _clock.Environment);
        _appraisal = await ServiceProcess.StartAsync("Tdkt.Appraisal.Host", "services/appraisal/Tdkt.Appraisal.Host", _database.ConnectionString, _clock.Environment);
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

    [Fact]
    public async Task A_signature_is_dated_by_the_clock_the_test_moves_while_the_service_runs()
    {
        await _cluster.ImportAsync(_registry.Address);
        var covenant = new CovenantClient(_intake.Address, _cluster);
        (await covenant.ConfirmAsync()).StatusCode.Should().Be(HttpStatusCode.OK);

        _clock.Offset = TimeSpan.FromDays(40);
        var first = await SignedAtAsync(covenant, _cluster.Head);
        _clock.Offset = TimeSpan.FromDays(100);
        var second = await SignedAtAsync(covenant, _cluster.Member);

        first.Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(40), TimeSpan.FromMinutes(1));
        second.Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(100), TimeSpan.FromMinutes(1));
    }

    private static async Task<DateTimeOffset> SignedAtAsync(CovenantClient covenant, string unit)
    {
        var signed = await covenant.SignAsync(unit);
        signed.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await signed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("signedAt").GetDateTimeOffset();
    }

    public async Task DisposeAsync()
    {
        await _appraisal.DisposeAsync();
        await _intake.DisposeAsync();
        await _registry.DisposeAsync();
        await _database.DisposeAsync();
        _clock.Dispose();
    }
}
