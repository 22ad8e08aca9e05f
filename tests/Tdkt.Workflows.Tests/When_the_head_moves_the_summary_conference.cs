using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Testing;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>
/// The Điện Biên definition: the report to the board is due 10 days, the pre-meeting 1 day, before the conference.
/// The head schedules the conference in the voting service, which tells the runtime with ConferenceScheduled.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_the_head_moves_the_summary_conference : IAsyncLifetime
{
    private const string Cluster = "cum-doi-lich";
    private readonly TestClock _clock = new(new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.FromHours(7)));
    private PostgresDatabase _db = null!;
    private Runtime _runtime = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresDatabase.CreateAsync();
        _runtime = await Runtime.StartAsync(_db.ConnectionString, _clock);
        await _runtime.RegisterClusterAsync(Cluster);
        using var admin = _runtime.Admin;
        (await admin.PutAsJsonAsync($"/workflows/clusters/{Cluster}/definition", new { definitionId = "db-cum-vung-cao" })).EnsureSuccessStatusCode();
        await _runtime.OpenYearAsync(Cluster, 2022, members: 3);
    }

    [Fact]
    public async Task Its_relative_deadlines_and_their_reminders_move_with_it()
    {
        var before = await _runtime.ProgressAsync(Cluster, 2022);
        Step(before, "scores-to-board").NotDatedReason.Should().NotBeNull();

        var first = await SetConference("16/01/2023");
        Step(first, "scores-to-board").DueText.Should().Be("Thứ Sáu, 06/01/2023");
        Step(first, "pre-meeting").DueText.Should().Be("Thứ Sáu, 13/01/2023");
        Step(first, "scores-to-board").NextReminders.Select(r => r.WorkingDaysBefore).Should().Equal(7, 3, 1, 0);
        Step(first, "scores-to-board").NextReminders[^1].At.Should().Be(new DateTimeOffset(2023, 1, 6, 8, 0, 0, TimeSpan.FromHours(7)));

        var moved = await SetConference("20/02/2023");
        Step(moved, "scores-to-board").DueText.Should().Be("Thứ Sáu, 10/02/2023");
        Step(moved, "scores-to-board").NextReminders.Should().OnlyContain(r => r.At > new DateTimeOffset(2023, 1, 20, 0, 0, 0, TimeSpan.Zero));
        Step(moved, "summary-conference").Scheduled.Should().Be(new DateOnly(2023, 2, 20));
    }

    [Fact]
    public async Task Moves_announced_at_the_same_moment_are_all_applied_and_one_of_them_is_the_plan()
    {
        var dates = Enumerable.Range(9, 8).Select(d => new DateOnly(2023, 1, d)).ToList();

        // Each re-plan raises the plan's revision; those that collide are made again on the plan as it now stands.
        await Task.WhenAll(dates.Select(d => _runtime.PublishAsync(Scheduled(d))));

        await Eventually.Until(Announcements, n => n == dates.Count, what: "every move re-planned and announced");
        var scheduled = Step(await _runtime.ProgressAsync(Cluster, 2022), "summary-conference").Scheduled;
        dates.Should().Contain(scheduled!.Value);
    }

    [Fact]
    public async Task The_conference_is_due_on_the_day_the_head_set_not_at_the_end_of_the_quarter()
    {
        var before = await _runtime.ProgressAsync(Cluster, 2022);
        Step(before, "summary-conference").DueText.Should().Be("Thứ Sáu, 31/03/2023", "the rule allows the whole first quarter");

        var set = Step(await SetConference("13/01/2023"), "summary-conference");

        (set.DueText, set.Scheduled, set.RuleDue).Should().Be(("Thứ Sáu, 13/01/2023", new DateOnly(2023, 1, 13), new DateOnly(2023, 3, 31)));
        set.DueAt.Should().Be(new DateTimeOffset(2023, 1, 13, 23, 59, 59, TimeSpan.FromHours(7)));
        set.NextReminders.Should().NotBeEmpty().And.OnlyContain(r => r.At <= set.DueAt);
        set.Units.Should().OnlyContain(u => u.Status == "pending", "on 1 November the conference is still to come");
    }

    [Fact]
    public async Task Other_services_are_told_the_new_date()
    {
        await SetConference("16/01/2023");
        await SetConference("20/02/2023");
        (await Announcements()).Should().Be(2);
    }

    /// <summary>The voting service announces the date; the progress report once the runtime has planned with it.</summary>
    private async Task<ProgressReport> SetConference(string date)
    {
        var day = DateOnly.ParseExact(date, "dd/MM/yyyy");
        await _runtime.PublishAsync(Scheduled(day));
        return await Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2022),
            p => Step(p, "summary-conference").Scheduled == day, what: $"the conference on {date}");
    }

    private ConferenceScheduled Scheduled(DateOnly date) =>
        new(Cluster, 2022, "summary", date, "Hội trường UBND huyện Mường Chà", null, Runtime.UnitId(1), _clock.GetUtcNow());

    private Task<int> Announcements() => _runtime.WithDbAsync(db =>
        db.Outbox.CountAsync(m => m.MessageType.StartsWith(typeof(StepDateScheduled).FullName!)));

    private static StepProgress Step(ProgressReport report, string id) => report.Steps.Single(s => s.StepId == id);

    public async Task DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await _db.DisposeAsync();
    }
}
