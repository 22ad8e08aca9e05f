using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Intake.Deadlines;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Intake learns the year's due dates from the workflows runtime's plans, over the broker.</summary>
[Collection(RealServers.Name)]
public sealed class When_the_workflows_runtime_plans_a_year : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync(withWorkflows: true);
        _cluster = _services.Cluster;
    }

    [Fact]
    public async Task Intake_knows_when_the_self_assessment_and_the_annual_report_are_due()
    {
        // Điện Biên: the annual report and the self-scored table are due 25 December.
        await _services.AssignWorkflowAsync("db-cum-vung-cao");

        var due = await DueAtWhenAsync("SelfAssessmentSubmitted", null, d => d is not null);

        due.Should().Be(new DateTimeOffset(2025, 12, 25, 23, 59, 59, Vietnam));
        (await DueAtAsync("ReportSubmitted", "annual")).Should().Be(new DateTimeOffset(2025, 12, 25, 23, 59, 59, Vietnam));
        (await DueAtAsync("ReportSubmitted", "six-month")).Should().Be(new DateTimeOffset(2025, 6, 30, 23, 59, 59, Vietnam));
    }

    [Fact]
    public async Task A_self_assessment_and_a_report_after_their_due_date_are_accepted_and_marked_late_by_how_many_days()
    {
        await _services.AssignWorkflowAsync("db-cum-vung-cao");
        await DueAtWhenAsync("SelfAssessmentSubmitted", null, d => d is not null);
        using var unit = _services.Intake.Client(ServiceHost.Token(Roles.Unit, _cluster.Member));
        var daysLate = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(Vietnam).DateTime).DayNumber - new DateOnly(2025, 12, 25).DayNumber;

        var assessed = await unit.PostAsync(_cluster.SelfAssessmentsOf(_cluster.Member), TestCluster.Body(("1.1", 10m)));
        using var form = new MultipartFormDataContent { { new StringContent("annual"), "kind" } };
        form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "files", "bao-cao-nam.pdf");
        var reported = await unit.PostAsync($"/intake/clusters/{_cluster.Id}/years/{_cluster.Year}/units/{_cluster.Member}/reports", form);

        assessed.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        var receipt = await assessed.Content.ReadFromJsonAsync<JsonElement>();
        receipt.GetProperty("dueAt").GetDateTimeOffset().Should().Be(new DateTimeOffset(2025, 12, 25, 23, 59, 59, Vietnam));
        receipt.GetProperty("daysLate").GetInt32().Should().Be(daysLate);
        reported.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        (await reported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("daysLate").GetInt32().Should().Be(daysLate);
    }

    [Fact]
    public async Task Setting_and_moving_the_summary_conference_moves_the_self_assessment_due_date_in_intake()
    {
        // Bắc Kạn: the self-assessment is due 7 working days before the summary conference, which the head sets.
        await _services.AssignWorkflowAsync("bk-cum-khoi-tinh");
        (await DueAtWhenAsync("CovenantSigned", null, d => d is not null)).Should().Be(new DateTimeOffset(2025, 3, 31, 23, 59, 59, Vietnam));
        (await DueAtAsync("SelfAssessmentSubmitted", null)).Should().BeNull("the conference has no date yet");

        await SetSummaryConferenceAsync("15/01/2026");
        // Thursday 15/01/2026 counted back 7 working days, the day itself not counted and Saturday 10/01/2026
        // a make-up working day in the official 2026 calendar: Wednesday 07/01/2026.
        (await DueAtWhenAsync("SelfAssessmentSubmitted", null, d => d is not null))
            .Should().Be(new DateTimeOffset(2026, 1, 7, 23, 59, 59, Vietnam));

        await SetSummaryConferenceAsync("22/01/2026");
        (await DueAtWhenAsync("SelfAssessmentSubmitted", null, d => d != new DateTimeOffset(2026, 1, 7, 23, 59, 59, Vietnam)))
            .Should().Be(new DateTimeOffset(2026, 1, 13, 23, 59, 59, Vietnam));
        (await RuntimeDueAtAsync("self-assessment")).Should().Be(new DateTimeOffset(2026, 1, 13, 23, 59, 59, Vietnam));
    }

    [Fact]
    public async Task An_older_plan_arriving_after_a_newer_one_changes_nothing()
    {
        var bus = _services.Intake.Services.GetRequiredService<IBus>();
        StepsPlanned Plan(long revision, DateOnly due) => new(_cluster.Id, _cluster.Year, "db-cum-vung-cao", 1, revision, DateTimeOffset.UtcNow,
            [new PlannedStep("self-assessment", "Gửi bảng tự chấm điểm", "SelfAssessmentSubmitted", new Dictionary<string, string>(),
                due, new DateTimeOffset(due, new TimeOnly(23, 59, 59), Vietnam))]);
        await bus.Publish(Plan(1_000_001, new DateOnly(2025, 12, 26)));
        await DueAtWhenAsync("SelfAssessmentSubmitted", null, d => d == new DateTimeOffset(2025, 12, 26, 23, 59, 59, Vietnam));

        var older = NewId.NextGuid();
        await bus.Publish(Plan(1_000_000, new DateOnly(2025, 12, 20)), c => c.MessageId = older);
        await Eventually.Until(() => _services.InIntakeAsync(db => db.Inbox.AnyAsync(m => m.MessageId == older)), seen => seen,
            TimeSpan.FromSeconds(60), "intake to consume the older plan");

        (await DueAtAsync("SelfAssessmentSubmitted", null)).Should().Be(new DateTimeOffset(2025, 12, 26, 23, 59, 59, Vietnam));
    }

    /// <summary>The head schedules the conference in the voting service, which announces it (ConferenceScheduled).</summary>
    private async Task SetSummaryConferenceAsync(string date)
    {
        var day = DateOnly.ParseExact(date, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await _services.Workflows!.Services.GetRequiredService<IBus>().Publish(new ConferenceScheduled(_cluster.Id, _cluster.Year, "summary", day,
            "Hội trường UBND tỉnh", null, _cluster.Head, DateTimeOffset.UtcNow));
        using var board = _services.Workflows!.Client(ServiceHost.Token(Roles.Board));
        await Eventually.Until(async () =>
            {
                var progress = await board.GetFromJsonAsync<JsonElement>($"/workflows/clusters/{_cluster.Id}/years/{_cluster.Year}/progress");
                return progress.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == "summary-conference")
                    .GetProperty("scheduled").GetString();
            }, scheduled => scheduled == day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(60), $"the workflows runtime to plan the conference on {date}");
    }

    private async Task<DateTimeOffset?> RuntimeDueAtAsync(string stepId)
    {
        using var board = _services.Workflows!.Client(ServiceHost.Token(Roles.Board));
        var progress = await board.GetFromJsonAsync<JsonElement>($"/workflows/clusters/{_cluster.Id}/years/{_cluster.Year}/progress");
        return progress.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == stepId)
            .GetProperty("dueAt").GetDateTimeOffset();
    }

    private Task<DateTimeOffset?> DueAtAsync(string eventName, string? kind) =>
        _services.InIntakeAsync(db => db.DueAtAsync(_cluster.Id, _cluster.Year, eventName, kind));

    private Task<DateTimeOffset?> DueAtWhenAsync(string eventName, string? kind, Func<DateTimeOffset?, bool> done) =>
        Eventually.Until(() => DueAtAsync(eventName, kind), done, TimeSpan.FromSeconds(60), $"intake to learn when {eventName} is due");

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
