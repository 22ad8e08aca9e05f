using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Testing;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

[Collection(WorkflowsCollection.Name)]
public sealed class When_a_unit_completes_a_step(When_a_unit_completes_a_step.Year year) : IClassFixture<When_a_unit_completes_a_step.Year>
{
    private const string Cluster = "cum-hoan-thanh";
    private readonly Runtime _runtime = year.Runtime;

    /// <summary>Two units; unit 1 submits after the first reminder, unit 2 never does.</summary>
    public sealed class Year : IAsyncLifetime
    {
        private readonly TestClock _clock = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
        private PostgresDatabase _db = null!;
        private Runtime _runtime = null!;
        public Runtime Runtime => _runtime;

        public async Task InitializeAsync()
        {
            _db = await PostgresDatabase.CreateAsync();
            _runtime = await Runtime.StartAsync(_db.ConnectionString, _clock);
            await _runtime.UseDefinitionAsync(Cluster, "kt-hoan-thanh", TestDefinitions.OneMemberStep("kt-hoan-thanh"));
            await _runtime.OpenYearAsync(Cluster, 2025, members: 2);

            // Wednesday 05/03, 08:00: three working days before the deadline, both units are reminded.
            _clock.SetLocal(2025, 3, 5, 8, 0);
            await Eventually.Until(() => Reminders(_runtime, Runtime.UnitId(2)), r => r.Count == 1, what: "the first reminders");
            await _runtime.PublishAsync(new SelfAssessmentSubmitted(Guid.NewGuid(), Cluster, 2025, Runtime.UnitId(1),
                1, _clock.GetUtcNow(), [], [], 0, null));
            await Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2025),
                p => p.Steps[0].Units.Any(u => u.UnitId == Runtime.UnitId(1) && u.Status == "done-on-time"), what: "the completion");

            // Past the deadline: every remaining timer has fired.
            _clock.SetLocal(2025, 3, 11, 0, 5);
            await Eventually.Until(() => _runtime.PendingTimersAsync(Cluster), n => n == 0, what: "all timers fired");
        }

        public async Task DisposeAsync()
        {
            await _runtime.DisposeAsync();
            await _db.DisposeAsync();
        }
    }

    [Fact]
    public async Task It_receives_no_later_reminder()
    {
        var reminders = await Reminders(Runtime.UnitId(1));
        reminders.Should().ContainSingle().Which.Subject.Should().Contain("Gửi bảng tự chấm điểm");
    }

    [Fact]
    public async Task The_unit_that_did_not_complete_it_is_reminded_at_every_offset()
    {
        var reminders = await Reminders(Runtime.UnitId(2));
        reminders.Select(r => r.Body).Should().SatisfyRespectively(
            b => b.Should().Contain("còn 3 ngày làm việc").And.Contain("Thứ Hai, 10/03/2025"),
            b => b.Should().Contain("còn 1 ngày làm việc"),
            b => b.Should().Contain("hôm nay là ngày cuối cùng của thời hạn"));
    }

    [Fact]
    public async Task The_progress_shows_one_done_on_time_and_one_missed()
    {
        var step = (await _runtime.ProgressAsync(Cluster, 2025)).Steps.Single();
        step.DueText.Should().Be("Thứ Hai, 10/03/2025");
        step.Units.Select(u => (u.UnitId, u.Status)).Should().BeEquivalentTo(
            [(Runtime.UnitId(1), "done-on-time"), (Runtime.UnitId(2), "missed")]);
        step.NextReminders.Should().BeEmpty();
    }

    [Fact]
    public async Task Only_the_late_unit_is_escalated_with_the_definitions_consequence()
    {
        var escalations = await _runtime.WithDbAsync(db => db.Escalations.Where(e => e.ClusterId == Cluster).ToListAsync());
        escalations.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            UnitId = Runtime.UnitId(2), StepId = "self-assessment", DueDate = new DateOnly(2025, 3, 10), Deduct = 2m, Exclude = false,
        });
        escalations[0].Notified.Should().Contain([Runtime.UnitId(1), "board"]);
        var published = await _runtime.WithDbAsync(db => db.Outbox.CountAsync(m => m.MessageType.StartsWith(typeof(DeadlineMissed).FullName!)));
        published.Should().Be(1);
    }

    [Fact]
    public async Task The_board_finds_the_miss_in_its_inbox()
    {
        using var board = _runtime.Host.Client(ServiceHost.Token("board"));
        var notices = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<NoticeView>>(board, "/workflows/board/reminders");
        notices.Should().ContainSingle(n => n.Kind == "missed").Which.Subject.Should().Be("[Quá hạn] Đơn vị 2 chưa hoàn thành: Gửi bảng tự chấm điểm");
    }

    [Fact]
    public async Task A_reminder_marked_read_leaves_the_unread_list()
    {
        using var unit = _runtime.Host.Client(ServiceHost.Token("unit", Runtime.UnitId(1)));
        var first = (await Reminders(Runtime.UnitId(1)))[0];
        (await unit.PostAsync($"/workflows/units/{Runtime.UnitId(1)}/reminders/{first.Id}/read", null)).EnsureSuccessStatusCode();
        var unread = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<NoticeView>>(unit, $"/workflows/units/{Runtime.UnitId(1)}/reminders?unread=true");
        unread.Should().NotContain(n => n.Id == first.Id);
    }

    private Task<List<NoticeView>> Reminders(string unitId) => Reminders(_runtime, unitId);

    private static async Task<List<NoticeView>> Reminders(Runtime runtime, string unitId)
    {
        using var client = runtime.Host.Client(ServiceHost.Token("unit", unitId));
        var all = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<NoticeView>>(client, $"/workflows/units/{unitId}/reminders");
        return all!.Where(n => n.Kind == "reminder").OrderBy(n => n.Id).ToList();
    }
}
