using Tdkt.Contracts;
using Tdkt.Testing;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

[Collection(WorkflowsCollection.Name)]
public sealed class When_the_registry_changes_the_calendar : IAsyncLifetime
{
    private const string Cluster = "cum-lich-nghi";
    private readonly TestClock _clock = new(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)));
    private PostgresDatabase _db = null!;
    private Runtime _runtime = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresDatabase.CreateAsync();
        _runtime = await Runtime.StartAsync(_db.ConnectionString, _clock);
        await _runtime.UseDefinitionAsync(Cluster, "kt-lich-nghi", TestDefinitions.OneMemberStep("kt-lich-nghi"));
        await _runtime.OpenYearAsync(Cluster, 2025, members: 2);
    }

    [Fact]
    public async Task A_new_day_off_on_the_due_day_moves_the_deadline_and_its_reminders()
    {
        (await _runtime.ProgressAsync(Cluster, 2025)).Steps[0].DueText.Should().Be("Thứ Hai, 10/03/2025");

        await _runtime.PublishAsync(new CalendarOverridesChanged(2025,
            [new CalendarDay(new DateOnly(2025, 3, 10), "Nghỉ bù (kiểm thử)", "kiểm thử")], [], DateTimeOffset.UtcNow));

        var step = (await Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2025),
            p => p.Steps[0].DueText != "Thứ Hai, 10/03/2025", what: "the re-planned deadline")).Steps[0];
        step.NextReminders.Select(r => r.At).Should().Equal(
            new DateTimeOffset(2025, 3, 5, 8, 0, 0, TimeSpan.FromHours(7)),
            new DateTimeOffset(2025, 3, 7, 8, 0, 0, TimeSpan.FromHours(7)),
            new DateTimeOffset(2025, 3, 11, 8, 0, 0, TimeSpan.FromHours(7)));
        step.DueText.Should().Be("Thứ Ba, 11/03/2025");
    }

    [Fact]
    public async Task An_explanations_reminder_moves_off_a_new_day_off_and_its_due_date_stays()
    {
        var request = Guid.NewGuid();
        await _runtime.PublishAsync(new ExplanationRequested(request, Cluster, 2025, Runtime.UnitId(2), null, "Đề nghị giải trình (kiểm thử).",
            5, new DateOnly(2025, 5, 6), Runtime.UnitId(1), DateTimeOffset.UtcNow));
        var stepId = Explanations.Explanation.StepIdOf(request);
        await Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2025), p => p.Explanations.Any(e => e.StepId == stepId), what: "the explanation");

        await _runtime.PublishAsync(new CalendarOverridesChanged(2025,
            [new CalendarDay(new DateOnly(2025, 4, 29), "Nghỉ (kiểm thử)", "kiểm thử")], [], DateTimeOffset.UtcNow));

        var explanation = (await Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2025),
            p => p.Explanations.Single().NextReminders.Count == 2 && p.Explanations.Single().NextReminders[0].At.Day != 29,
            what: "the re-planned reminder")).Explanations.Single();
        explanation.NextReminders.Select(r => r.At).Should().Equal(
            new DateTimeOffset(2025, 4, 28, 8, 0, 0, TimeSpan.FromHours(7)),
            new DateTimeOffset(2025, 5, 6, 8, 0, 0, TimeSpan.FromHours(7)));
        explanation.DueText.Should().Be("Thứ Ba, 06/05/2025");
    }

    public async Task DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await _db.DisposeAsync();
    }
}
