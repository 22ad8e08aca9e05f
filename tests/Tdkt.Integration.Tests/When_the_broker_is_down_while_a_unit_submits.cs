using System.Net;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

[Collection(RealServers.Name)]
public sealed class When_the_broker_is_down_while_a_unit_submits : IAsyncLifetime
{
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;
    private SliceClient _slice = null!;

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync();
        (_cluster, _slice) = (_services.Cluster, _services.Slice);
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

    private Task<int> UnsentOutboxRows() => _services.InIntakeAsync(db => db.Outbox.CountAsync(m => m.SentAt == null));

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
