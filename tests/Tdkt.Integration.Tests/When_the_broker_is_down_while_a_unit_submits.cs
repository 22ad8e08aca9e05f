using System.Net;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Appraisal;
using Tdkt.Intake;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_the_broker_is_down_while_a_unit_submits : IAsyncLifetime
{
    private readonly TestCluster _cluster = TestCluster.Create();
    private PostgresDatabase _database = null!;
    private ServiceHost _registry = null!, _intake = null!, _appraisal = null!;
    private SliceClient _slice = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(_database.ConnectionString);
        _registry = await ServiceHost.StartAsync(config, new RegistryService());
        _intake = await ServiceHost.StartAsync(config, new IntakeService());
        _appraisal = await ServiceHost.StartAsync(config, new AppraisalService());
        _slice = new SliceClient(_intake.Address, _appraisal.Address, _cluster);
        await _cluster.ImportAsync(_registry.Address);
    }

    [BrokerControlFact]
    public async Task The_submission_is_accepted_and_reaches_appraisal_once_the_broker_is_back()
    {
        await _slice.SubmitWhenOpenAsync(_cluster.Head, TestCluster.Body(("1.1", 1m)));
        await _slice.HeadListWhenAsync(l => l.GetArrayLength() == 1);

        await BrokerControl.StopAsync();
        HttpResponseMessage response;
        try
        {
            response = await _slice.SubmitAsync(_cluster.Member, _cluster.Member, TestCluster.Body(("1.1", 42m)));
            (await UnsentOutboxRows()).Should().Be(1, "the event waits in intake's outbox while the broker is away");
        }
        finally
        {
            await BrokerControl.StartAsync();
        }

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var (_, list) = await _slice.HeadListWhenAsync(l => l.GetArrayLength() == 2);
        list.EnumerateArray().Select(s => s.GetProperty("unitId").GetString()).Should().Contain(_cluster.Member);
        (await UnsentOutboxRows()).Should().Be(0);
    }

    private async Task<int> UnsentOutboxRows()
    {
        await using var scope = _intake.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntakeDb>().Outbox.CountAsync(m => m.SentAt == null);
    }

    public async Task DisposeAsync()
    {
        await _appraisal.DisposeAsync();
        await _intake.DisposeAsync();
        await _registry.DisposeAsync();
        await _database.DisposeAsync();
    }
}
