using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Workflows.Simulation;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>What `tdkt simulate` runs, here on the real servers: the Điện Biên cluster's 2022 in virtual time.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_the_Dien_Bien_year_is_simulated : IAsyncLifetime
{
    private readonly List<TimelineEntry> _timeline = [];
    private PostgresDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresDatabase.CreateAsync();
        var clock = new VirtualClock(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
        var config = ServiceHost.OnRealServers(_db.ConnectionString);
        config[ConfigKeys.WorkflowTimerPollMilliseconds] = "0";
        await using var host = await ServiceHost.StartAsync(config, new WorkflowsService(), clock.AsService());
        string[] units = ["tua-chua", "dien-bien-dong", "muong-cha", "muong-nhe", "nam-po"];
        await host.Services.GetRequiredService<IBus>().Publish(new ClusterYearOpened("dien-bien-vung-cao", 2022, "Cụm thi đua huyện vùng cao",
            "tua-chua", null, units.Select(u => new ClusterMember(u, u, [])).ToList(), clock.GetUtcNow(), null));
        var script = new SimulationScript("dien-bien-vung-cao", 2022, ("annual-report", "nam-po"));
        await new YearSimulator(host.Services, clock, script, _timeline.Add).RunAsync(_ => { }, CancellationToken.None);
    }

    [Fact]
    public void Only_the_deliberately_skipped_report_is_missed()
    {
        _timeline.Where(e => e.Kind == TimelineKind.Missed).Should().ContainSingle()
            .Which.Text.Should().Contain("Gửi báo cáo tổng kết năm").And.Contain("nam-po").And.Contain("Thứ Hai, 26/12/2022");
    }

    [Fact]
    public void The_units_are_reminded_before_the_deadlines_and_the_conference_date_is_set()
    {
        _timeline.Should().Contain(e => e.Kind == TimelineKind.Reminder && e.Text.Contains("còn 7 ngày làm việc"));
        _timeline.Should().Contain(e => e.Kind == TimelineKind.DateSet && e.Text.Contains("Thứ Sáu, 13/01/2023"));
        _timeline.Select(e => e.At).Should().BeInAscendingOrder();
        _timeline[^1].At.Should().BeAfter(new DateTimeOffset(2023, 1, 13, 0, 0, 0, TimeSpan.Zero));
    }

    public Task DisposeAsync() => _db.DisposeAsync().AsTask();
}
