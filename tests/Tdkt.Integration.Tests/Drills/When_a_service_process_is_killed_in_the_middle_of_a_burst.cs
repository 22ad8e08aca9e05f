using FluentAssertions;
using Tdkt.Testing;
using Xunit.Abstractions;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Drill R2: the services run as separate processes; 300 units submit at once from 32 clients and, after 100 are
/// accepted, one process is SIGKILLed and started again while the burst goes on. A client that gets no 201 tries again.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_a_service_process_is_killed_in_the_middle_of_a_burst(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Units = 300;
    private SeparateServices _services = null!;

    // Next year: none of its deadlines passes, so no timer fires and no escalation joins the burst.
    public async Task InitializeAsync() => _services = await SeparateServices.StartAsync(
        TestCluster.Create() with { Year = DateTime.UtcNow.Year + 1, MoreMembers = Units - 2 }, "db-cum-vung-cao");

    [BrokerControlTheory]
    [InlineData("intake")]
    [InlineData("appraisal")]
    [InlineData("workflows")]
    public async Task Every_accepted_submission_reaches_appraisal_and_completes_its_units_step_exactly_once(string service)
    {
        var cluster = _services.Cluster;
        var killed = _services[service];

        var burst = await new SubmissionBurst(_services["intake"].Address, cluster)
            .At(Units / 3, $"{service} killed and restarted", async () =>
            {
                await killed.KillAsync();
                await killed.RestartAsync();
            })
            .RunAsync(cluster.Members);

        var tally = await SubmissionTally.WhenArrivedAsync(_services.Database, _services.Slice, cluster, burst);
        var step = await StepTally.WhenDoneAsync(_services["workflows"].Address, cluster, tally.Submitters);
        var report = $"{tally}\n{step}";
        output.WriteLine(report);
        burst.GaveUp.Should().Be(0, report);
        (tally.Lost, tally.Duplicated, tally.Unknown).Should().Be((0, 0, 0), report);
        tally.Unacknowledged.Should().BeLessThanOrEqualTo(burst.FailedAttempts,
            $"only a request that got no 201 may have been stored without its client knowing\n{report}");
        (step.Lost, step.Duplicated, step.Unknown).Should().Be((0, 0, 0), report);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}
