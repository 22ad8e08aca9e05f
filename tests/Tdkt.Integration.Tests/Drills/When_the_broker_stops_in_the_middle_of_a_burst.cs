using FluentAssertions;
using Tdkt.Appraisal;
using Tdkt.Intake;
using Tdkt.Testing;
using Xunit.Abstractions;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Drill R1: 250 units submit 4 versions each, 1,000 submissions from 32 clients; the broker stops after 300 are
/// accepted and starts again after 700, while the burst goes on.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_broker_stops_in_the_middle_of_a_burst(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Units = 250, Versions = 4;
    private BrokerVirtualHost _broker = null!;
    private SliceServices _services = null!;
    private bool _brokerStopped;

    public async Task InitializeAsync()
    {
        // Its own virtual host: the durable queues of other tests on the rig would otherwise share the burst.
        _broker = await BrokerVirtualHost.CreateAsync("tdkt-r1");
        _services = await SliceServices.StartAsync(cluster: TestCluster.Create() with { MoreMembers = Units - 2 }, broker: _broker.Connection);
        await YearCopies.WhenKnownAsync(_services.Database.ConnectionString, _services.Cluster, IntakeDb.SchemaName, AppraisalDb.SchemaName);
    }

    [BrokerControlFact]
    public async Task Every_accepted_submission_reaches_appraisal_exactly_once()
    {
        var cluster = _services.Cluster;
        var submitters = Enumerable.Range(0, Versions).SelectMany(_ => cluster.Members).ToList();

        var burst = await new SubmissionBurst(_services.Intake.Address, cluster)
            .HoldingAt(300, "broker stopped", StopBrokerAsync)
            .HoldingAt(700, "broker started", StartBrokerAsync)
            .RunAsync(submitters);

        var tally = await SubmissionTally.WhenArrivedAsync(_services.Database.ConnectionString, _services.Slice, cluster, burst);
        output.WriteLine(tally.ToString());
        burst.Accepted.Should().HaveCount(Units * Versions, $"intake accepts while the broker is away\n{tally}");
        burst.FailedAttempts.Should().Be(0, tally.ToString());
        tally.Arrived.Select(s => s.Id).Should().BeEquivalentTo(burst.Accepted.Select(s => s.Id), tally.ToString());
        (tally.Lost, tally.Duplicated, tally.Unknown).Should().Be((0, 0, 0), tally.ToString());
    }

    private async Task StopBrokerAsync()
    {
        _brokerStopped = true;
        await BrokerControl.StopAsync();
    }

    private async Task StartBrokerAsync()
    {
        await BrokerControl.StartAsync();
        _brokerStopped = false;
    }

    public async Task DisposeAsync()
    {
        // Every other test needs the broker back, whatever happened here.
        if (_brokerStopped) await BrokerControl.StartAsync();
        if (_services is not null) await _services.DisposeAsync();
        if (_broker is not null) await _broker.DisposeAsync();
    }
}
