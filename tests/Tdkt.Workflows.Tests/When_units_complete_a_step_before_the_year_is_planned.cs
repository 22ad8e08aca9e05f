using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Testing;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>
/// A step due Monday 10/03/2025; the cluster is given its definition only on Wednesday 12/03, after the deadline.
/// Before that, unit 3 submits on 04/03 (before the runtime even hears of the year), unit 1 on 05/03 (delivered
/// twice), unit 4 on 11/03 (late); unit 2 never does.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_units_complete_a_step_before_the_year_is_planned(When_units_complete_a_step_before_the_year_is_planned.Year year)
    : IClassFixture<When_units_complete_a_step_before_the_year_is_planned.Year>
{
    private readonly Runtime _runtime = year.Runtime;
    private readonly string _cluster = year.Cluster;

    public sealed class Year : IAsyncLifetime
    {
        public string Cluster { get; } = "cum-truoc-ke-hoach-" + Guid.NewGuid().ToString("N")[..6];
        public Runtime Runtime { get; private set; } = null!;
        public ProgressReport Planned { get; private set; } = null!;
        private readonly TestClock _clock = new(VietnamTime.At(new DateOnly(2025, 3, 4), new TimeOnly(9, 0)));
        private PostgresDatabase _db = null!;

        public async Task InitializeAsync()
        {
            _db = await PostgresDatabase.CreateAsync();
            Runtime = await Runtime.StartAsync(_db.ConnectionString, _clock);
            await Runtime.RegisterClusterAsync(Cluster);
            await Runtime.PublishDefinitionAsync("kt-truoc-ke-hoach", TestDefinitions.OneMemberStep("kt-truoc-ke-hoach"));

            await SubmitAsync(3);
            await Runtime.AnnounceYearAsync(Cluster, 2025, members: 4);
            await Eventually.Until(() => Runtime.WithDbAsync(db => db.ClusterYears.AnyAsync(y => y.ClusterId == Cluster)),
                known => known, what: "the runtime to know the year");

            _clock.SetLocal(2025, 3, 5, 10, 0);
            var messageId = NewId.NextGuid();
            var bus = Runtime.Host.Services.GetRequiredService<IBus>();
            await bus.Publish(Submission(1), c => c.MessageId = messageId);
            await bus.Publish(Submission(1), c => c.MessageId = messageId);
            await ReceivedAsync(1);

            _clock.SetLocal(2025, 3, 11, 15, 0);
            await SubmitAsync(4);

            _clock.SetLocal(2025, 3, 12, 9, 0);
            await Runtime.AssignAsync(Cluster, "kt-truoc-ke-hoach");
            await Eventually.Until(() => Runtime.PendingTimersAsync(Cluster), n => n == 0, what: "the miss of the unit that did nothing");
            Planned = await Runtime.ProgressAsync(Cluster, 2025);
        }

        private SelfAssessmentSubmitted Submission(int unit) =>
            new(Guid.NewGuid(), Cluster, 2025, Runtime.UnitId(unit), 1, _clock.GetUtcNow(), [], [], 0, null);

        private async Task SubmitAsync(int unit)
        {
            await Runtime.PublishAsync(Submission(unit));
            await ReceivedAsync(unit);
        }

        private Task ReceivedAsync(int unit) =>
            Eventually.Until(() => Runtime.WithDbAsync(db => db.ReceivedCompletions.AnyAsync(c => c.ClusterId == Cluster && c.UnitId == Runtime.UnitId(unit))),
                received => received, what: $"unit {unit}'s submission to reach the runtime");

        public async Task DisposeAsync()
        {
            await Runtime.DisposeAsync();
            await _db.DisposeAsync();
        }
    }

    [Fact]
    public void Each_obligation_is_born_done_at_the_time_the_unit_acted()
    {
        year.Planned.Steps.Single().Units.Select(u => (u.UnitId, u.Status, u.CompletedAt)).Should().BeEquivalentTo(new (string, string, DateTimeOffset?)[]
        {
            (Runtime.UnitId(1), "done-on-time", VietnamTime.At(new DateOnly(2025, 3, 5), new TimeOnly(10, 0))),
            (Runtime.UnitId(2), "missed", null),
            (Runtime.UnitId(3), "done-on-time", VietnamTime.At(new DateOnly(2025, 3, 4), new TimeOnly(9, 0))),
            (Runtime.UnitId(4), "done-late", VietnamTime.At(new DateOnly(2025, 3, 11), new TimeOnly(15, 0))),
        });
    }

    [Fact]
    public async Task Only_the_unit_that_did_nothing_is_escalated_and_the_others_have_no_timers()
    {
        var escalations = await _runtime.WithDbAsync(db => db.Escalations.Where(e => e.ClusterId == _cluster).ToListAsync());
        escalations.Should().ContainSingle().Which.UnitId.Should().Be(Runtime.UnitId(2));
        var timersOfDoneUnits = await _runtime.WithDbAsync(db => db.Timers.CountAsync(t => t.ClusterId == _cluster
            && db.Obligations.Any(o => o.Id == t.ObligationId && o.UnitId != Runtime.UnitId(2))));
        timersOfDoneUnits.Should().Be(0, "an obligation born done gets no reminder and no miss");
    }

    [Fact]
    public async Task A_submission_delivered_twice_is_kept_once()
    {
        var kept = await _runtime.WithDbAsync(db => db.ReceivedCompletions.CountAsync(c => c.ClusterId == _cluster && c.UnitId == Runtime.UnitId(1)));
        kept.Should().Be(1);
    }
}
