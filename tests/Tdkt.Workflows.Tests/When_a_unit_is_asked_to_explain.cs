using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Calendar;
using Tdkt.Contracts;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;
using Tdkt.Workflows.Explanations;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>
/// Three explanation requests, all due Tuesday 06/05/2025 (two working days before it is Tuesday 29/04: the
/// weekend, 30/4, 1/5 and the swapped Friday 02/05 are not working days). Unit 2 never answers in time
/// (and answers on 08/05); unit 1 answers on 30/04; unit 3's answer arrives before its request.
/// Unit 2's request is delivered twice and announced again under a new message id.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_a_unit_is_asked_to_explain(When_a_unit_is_asked_to_explain.Year year) : IClassFixture<When_a_unit_is_asked_to_explain.Year>
{
    private static readonly DateOnly Due = new(2025, 5, 6);
    private readonly Runtime _runtime = year.Runtime;

    public sealed class Year : IAsyncLifetime
    {
        public string Cluster { get; } = "cum-giai-trinh-" + Guid.NewGuid().ToString("N")[..6];
        public Guid Late { get; } = Guid.NewGuid();
        public Guid Answered { get; } = Guid.NewGuid();
        public Guid AnsweredFirst { get; } = Guid.NewGuid();
        public Runtime Runtime { get; private set; } = null!;
        public ProgressReport BeforeAnyReminder { get; private set; } = null!;
        private readonly TestClock _clock = new(VietnamTime.At(new DateOnly(2025, 4, 21), new TimeOnly(9, 0)));
        private PostgresDatabase _db = null!;

        public string Address(int unit) => $"vanthu{unit}@{Cluster}.example";

        public async Task InitializeAsync()
        {
            _db = await PostgresDatabase.CreateAsync();
            Runtime = await Runtime.StartAsync(_db.ConnectionString, _clock, new Dictionary<string, string?>
            {
                [ConfigKeys.SmtpHost] = "127.0.0.1", [ConfigKeys.SmtpPort] = Maildir.Port, [ConfigKeys.SmtpFrom] = "tdkt@cum-thi-dua.example",
            });
            await Runtime.UseDefinitionAsync(Cluster, "kt-giai-trinh", YearEndStep("kt-giai-trinh"));
            await Runtime.OpenYearAsync(Cluster, 2025, members: 3, emails: i => [Address(i)]);

            await Runtime.PublishAsync(new ExplanationAnswered(AnsweredFirst, Cluster, 2025, Runtime.UnitId(3), _clock.GetUtcNow()));
            await Eventually.Until(() => Runtime.WithDbAsync(db => db.Explanations.AnyAsync(e => e.RequestId == AnsweredFirst)),
                known => known, what: "the early answer");
            await Runtime.PublishAsync(Request(AnsweredFirst, 3, "Đề nghị giải trình số liệu tiêu chí 2.1."));
            var late = Request(Late, 2, "Đề nghị đơn vị giải trình vì sao số hộ thoát nghèo tự chấm cao hơn số liệu của Ban Chỉ đạo giảm nghèo tỉnh, kèm văn bản xác nhận.");
            var messageId = NewId.NextGuid();
            var bus = Runtime.Host.Services.GetRequiredService<IBus>();
            await bus.Publish(late, c => c.MessageId = messageId);
            await bus.Publish(late, c => c.MessageId = messageId);
            await Runtime.PublishAsync(late);
            await Runtime.PublishAsync(Request(Answered, 1, "Đề nghị bổ sung minh chứng tiêu chí 3.2."));
            BeforeAnyReminder = await Eventually.Until(() => Runtime.ProgressAsync(Cluster, 2025),
                p => p.Explanations.Count == 3 && p.Explanations.All(e => e.NextReminders.Count > 0 || e.Units[0].Status != "pending"),
                what: "the three explanation deadlines");

            _clock.SetLocal(2025, 4, 29, 8, 0);
            await Eventually.Until(() => PendingExplanationTimers(), n => n == 4, what: "the reminders of 29/04");
            _clock.SetLocal(2025, 4, 30, 10, 0);
            await Runtime.PublishAsync(new ExplanationAnswered(Answered, Cluster, 2025, Runtime.UnitId(1), _clock.GetUtcNow()));
            await Eventually.Until(() => PendingExplanationTimers(), n => n == 2, what: "the answer of 30/04");
            _clock.SetLocal(2025, 5, 6, 8, 0);
            await Eventually.Until(() => PendingExplanationTimers(), n => n == 1, what: "the reminder of the due day");
            _clock.SetLocal(2025, 5, 7, 0, 5);
            await Eventually.Until(() => PendingExplanationTimers(), n => n == 0, what: "the miss");
            _clock.SetLocal(2025, 5, 8, 9, 0);
            await Runtime.PublishAsync(new ExplanationAnswered(Late, Cluster, 2025, Runtime.UnitId(2), _clock.GetUtcNow()));
            await Eventually.Until(() => Runtime.ProgressAsync(Cluster, 2025),
                p => p.Explanations.Single(e => e.StepId == Explanation.StepIdOf(Late)).Units[0].CompletedAt is not null, what: "the late answer");
        }

        /// <summary>The definition's own timers (due 31/12) stay pending throughout; these are the explanations'.</summary>
        private Task<int> PendingExplanationTimers() => Runtime.WithDbAsync(db =>
            (from t in db.Timers
             join o in db.Obligations on t.ObligationId equals o.Id
             where t.ClusterId == Cluster && t.FiredAt == null && o.StepId.StartsWith(Explanation.StepPrefix)
             select t.Id).CountAsync());

        private ExplanationRequested Request(Guid id, int unit, string question) =>
            new(id, Cluster, 2025, Runtime.UnitId(unit), "2.1", question, 5, Due, Runtime.UnitId(1), _clock.GetUtcNow());

        public async Task DisposeAsync()
        {
            await Runtime.DisposeAsync();
            await _db.DisposeAsync();
        }
    }

    [Fact]
    public void The_reminders_are_planned_two_working_days_before_across_the_holidays_and_on_the_due_day()
    {
        var late = BeforeAnyReminder(year.Late);
        late.DueText.Should().Be("Thứ Ba, 06/05/2025");
        late.NextReminders.Select(r => (VietnamTime.Today(new FixedClock(r.At)), r.WorkingDaysBefore)).Should().Equal(
            (new DateOnly(2025, 4, 29), 2), (Due, 0));
    }

    [Fact]
    public async Task The_unit_is_reminded_in_the_app_on_those_days_only()
    {
        var reminders = await Notices(Runtime.UnitId(2), year.Late, "reminder");
        reminders.Select(n => (VietnamTime.Today(new FixedClock(n.CreatedAt)), n.Body.Contains("còn 2 ngày làm việc"))).Should().Equal(
            (new DateOnly(2025, 4, 29), true), (Due, false));
        reminders[1].Body.Should().Contain("hôm nay là ngày cuối cùng của thời hạn");
    }

    [Fact]
    public async Task The_unit_receives_the_reminders_by_email_in_Vietnamese()
    {
        var mails = await Eventually.Until(() => Task.FromResult(Maildir.To(year.Address(2)).Where(m => m.Subject.StartsWith("[Nhắc hạn]")).ToList()),
            m => m.Count == 2, what: "the two reminder e-mails");
        mails.Should().OnlyContain(m => m.Subject.StartsWith("[Nhắc hạn] Giải trình: Đề nghị đơn vị giải trình vì sao") && m.Subject.EndsWith("– hạn Thứ Ba, 06/05/2025"));
        mails[0].Body.Should().Contain("Kính gửi: Đơn vị 2").And.Contain("Cần gửi: văn bản giải trình");
    }

    [Fact]
    public async Task An_answer_before_the_due_date_stops_later_reminders_and_no_miss_is_reported()
    {
        (await Notices(Runtime.UnitId(1), year.Answered, "reminder")).Should().ContainSingle();
        (await Missed(year.Answered)).Should().BeEmpty();
        (await Deadline(year.Answered)).Units.Single().Status.Should().Be("done-on-time");
    }

    [Fact]
    public async Task An_unanswered_request_is_reported_missed_once_naming_the_explanation()
    {
        var missed = (await Missed(year.Late)).Should().ContainSingle().Subject;
        missed.Should().BeEquivalentTo(new { UnitId = Runtime.UnitId(2), DueDate = Due, Deduct = 0m, Exclude = false });
        missed.StepTitle.Should().StartWith("Giải trình: Đề nghị đơn vị giải trình vì sao số hộ thoát nghèo");
        (await Notices(Runtime.UnitId(1), year.Late, "missed")).Should().ContainSingle("the head hears of the miss")
            .Which.Subject.Should().StartWith("[Quá hạn] Đơn vị 2 chưa hoàn thành: Giải trình:");
    }

    [Fact]
    public async Task An_answer_after_the_due_date_is_kept_as_done_late() =>
        (await Deadline(year.Late)).Units.Single().Status.Should().Be("done-late");

    [Fact]
    public async Task A_request_delivered_again_makes_one_deadline()
    {
        var stepId = Explanation.StepIdOf(year.Late);
        (await _runtime.WithDbAsync(db => db.Obligations.CountAsync(o => o.StepId == stepId))).Should().Be(1);
        (await Notices(Runtime.UnitId(2), year.Late, "reminder")).Should().HaveCount(2);
    }

    [Fact]
    public async Task An_answer_that_arrives_before_its_request_leaves_it_done_without_reminders()
    {
        (await Deadline(year.AnsweredFirst)).Units.Single().Status.Should().Be("done-on-time");
        (await Notices(Runtime.UnitId(3), year.AnsweredFirst, "reminder")).Should().BeEmpty();
        (await Missed(year.AnsweredFirst)).Should().BeEmpty();
    }

    private StepProgress BeforeAnyReminder(Guid request) =>
        year.BeforeAnyReminder.Explanations.Single(e => e.StepId == Explanation.StepIdOf(request));

    private async Task<StepProgress> Deadline(Guid request) =>
        (await _runtime.ProgressAsync(year.Cluster, 2025)).Explanations.Single(e => e.StepId == Explanation.StepIdOf(request));

    private async Task<List<NoticeView>> Notices(string unitId, Guid request, string kind)
    {
        using var client = _runtime.Host.Client(ServiceHost.Token("unit", unitId));
        var all = await client.GetFromJsonAsync<List<NoticeView>>($"/workflows/units/{unitId}/reminders");
        var stepId = Explanation.StepIdOf(request);
        return all!.Where(n => n.Kind == kind && n.StepId == stepId).OrderBy(n => n.Id).ToList();
    }

    private async Task<List<DeadlineMissed>> Missed(Guid request)
    {
        var stepId = Explanation.StepIdOf(request);
        var bodies = await _runtime.WithDbAsync(db => db.Outbox
            .Where(m => m.MessageType.StartsWith(typeof(DeadlineMissed).FullName!) && m.Body.Contains(stepId)).Select(m => m.Body).ToListAsync());
        return bodies.Select(b => JsonSerializer.Deserialize<DeadlineMissed>(b, JsonSerializerOptions.Web)!).ToList();
    }

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }

    /// <summary>One step due at the end of the year, so nothing of the definition fires while the explanations run.</summary>
    private static string YearEndStep(string id) => $$"""
        id: {{id}}
        version: 1
        status: draft
        title: "Quy trình kiểm thử giải trình"
        seed: "kiểm thử"
        reminders:
          workingDaysBefore: [1]
          at: "08:00"
        steps:
          - id: annual-report
            title: "Gửi báo cáo tổng kết năm"
            actor: each-member
            completedBy: { event: ReportSubmitted, match: unit, where: { kind: annual } }
            due: { date: "31/12" }
        """;
}
