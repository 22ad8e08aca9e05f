using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Testing;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>
/// The Điện Biên definition: the report to the board is due 10 days, the pre-meeting 1 day, before the summary
/// conference, whose date now comes from the voting service's ConferenceScheduled.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_the_voting_service_schedules_a_conference : IAsyncLifetime
{
    private const string Cluster = "cum-hoi-nghi";
    private readonly TestClock _clock = new(new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.FromHours(7)));
    private readonly Consumed _consumed = new();
    private PostgresDatabase _db = null!;
    private Runtime _runtime = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresDatabase.CreateAsync();
        _runtime = await Runtime.StartAsync(_db.ConnectionString, _clock);
        _runtime.Host.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(_consumed);
        await _runtime.RegisterClusterAsync(Cluster);
        using var admin = _runtime.Admin;
        (await admin.PutAsJsonAsync($"/workflows/clusters/{Cluster}/definition", new { definitionId = "db-cum-vung-cao" })).EnsureSuccessStatusCode();
        await _runtime.OpenYearAsync(Cluster, 2022, members: 3);
    }

    [Fact]
    public async Task The_deadlines_counted_from_the_summary_conference_move_and_move_again_when_it_is_moved()
    {
        Step(await _runtime.ProgressAsync(Cluster, 2022), "scores-to-board").NotDatedReason.Should().NotBeNull();

        await _runtime.PublishAsync(Summary(new DateOnly(2023, 1, 16)));
        var first = await ProgressOnceScheduled(new DateOnly(2023, 1, 16));
        Step(first, "scores-to-board").DueText.Should().Be("Thứ Sáu, 06/01/2023");
        Step(first, "pre-meeting").DueText.Should().Be("Thứ Sáu, 13/01/2023");

        await _runtime.PublishAsync(Summary(new DateOnly(2023, 2, 20)) with { PreviousDate = new DateOnly(2023, 1, 16) });
        var moved = await ProgressOnceScheduled(new DateOnly(2023, 2, 20));
        Step(moved, "scores-to-board").DueText.Should().Be("Thứ Sáu, 10/02/2023");
        Step(moved, "scores-to-board").NextReminders.Should().OnlyContain(r => r.At > new DateTimeOffset(2023, 1, 20, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_duplicate_delivery_re_plans_the_year_once()
    {
        var bus = _runtime.Host.Services.GetRequiredService<IBus>();
        var messageId = NewId.NextGuid();
        var message = Summary(new DateOnly(2023, 1, 16));

        await bus.Publish(message, c => c.MessageId = messageId);
        await bus.Publish(message, c => c.MessageId = messageId);
        await Eventually.Until(() => Task.FromResult(_consumed.Count), n => n == 2, what: "both deliveries consumed");

        Step(await _runtime.ProgressAsync(Cluster, 2022), "summary-conference").Scheduled.Should().Be(new DateOnly(2023, 1, 16));
        (await Announcements()).Should().Be(1, "the other services are told the date once");
    }

    [Fact]
    public async Task A_conference_no_deadline_is_counted_from_changes_nothing()
    {
        await _runtime.PublishAsync(Summary(new DateOnly(2023, 1, 13)) with { Kind = "pre-meeting" });
        await _runtime.PublishAsync(Summary(new DateOnly(2022, 7, 20)) with { Kind = "mid-year-review" });
        await _runtime.PublishAsync(Summary(new DateOnly(2023, 1, 16)) with { ClusterId = "cum-chua-mo-nam" });
        await Eventually.Until(() => Task.FromResult(_consumed.Count), n => n == 3, what: "the three messages consumed");

        var progress = await _runtime.ProgressAsync(Cluster, 2022);
        Step(progress, "scores-to-board").NotDatedReason.Should().NotBeNull();
        progress.Steps.Should().OnlyContain(s => s.Scheduled == null);
        (await Announcements()).Should().Be(0);
    }

    private ConferenceScheduled Summary(DateOnly date) =>
        new(Cluster, 2022, "summary", date, "Hội trường UBND huyện Điện Biên Đông", null, "u0001", _clock.GetUtcNow());

    private Task<ProgressReport> ProgressOnceScheduled(DateOnly date) =>
        Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2022),
            p => Step(p, "summary-conference").Scheduled == date, what: $"the conference on {date}");

    private Task<int> Announcements() => _runtime.WithDbAsync(db =>
        db.Outbox.CountAsync(m => m.MessageType.StartsWith(typeof(StepDateScheduled).FullName!)));

    private static StepProgress Step(ProgressReport report, string id) => report.Steps.Single(s => s.StepId == id);

    public async Task DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary>
    /// Counts the deliveries of this test's ConferenceScheduled the runtime has finished with, applied or not. Other
    /// test classes publish it on the same broker queue too: one of theirs arriving late is not counted here.
    /// </summary>
    private sealed class Consumed : IConsumeMessageObserver<ConferenceScheduled>
    {
        private int _count;
        public int Count => Volatile.Read(ref _count);
        public Task PreConsume(ConsumeContext<ConferenceScheduled> context) => Task.CompletedTask;
        public Task PostConsume(ConsumeContext<ConferenceScheduled> context)
        {
            if (context.Message.ClusterId is Cluster or "cum-chua-mo-nam") Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
        public Task ConsumeFault(ConsumeContext<ConferenceScheduled> context, Exception exception) => Task.CompletedTask;
    }
}
