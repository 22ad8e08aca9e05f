using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Testing;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>The Điện Biên definition: the report to the board is due 10 days, the pre-meeting 1 day, before the conference.</summary>
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
    public async Task Moves_made_at_the_same_moment_all_succeed_and_one_of_them_is_the_plan()
    {
        using var head = _runtime.Host.Client(ServiceHost.Token(Roles.Head, Runtime.UnitId(1)));
        var dates = Enumerable.Range(9, 8).Select(d => $"{d:00}/01/2023").ToList();

        // Each re-plan raises the plan's revision; those that collide are made again on the plan as it now stands.
        var responses = await Task.WhenAll(dates.Select(d => head.PutAsJsonAsync(Url, new { date = d })));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.OK);
        var scheduled = Step(await _runtime.ProgressAsync(Cluster, 2022), "summary-conference").Scheduled;
        dates.Select(d => DateOnly.ParseExact(d, "dd/MM/yyyy")).Should().Contain(scheduled!.Value);
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
        var announced = await _runtime.WithDbAsync(db => db.Outbox.Where(m => m.MessageType.StartsWith(typeof(StepDateScheduled).FullName!)).CountAsync());
        announced.Should().Be(2);
    }

    [Fact]
    public async Task A_unit_cannot_set_it_and_a_wrong_date_names_the_field()
    {
        using var unit = _runtime.Host.Client(ServiceHost.Token(Roles.Head, Runtime.UnitId(2)));
        (await unit.PutAsJsonAsync(Url, new { date = "16/01/2023" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var head = _runtime.Host.Client(ServiceHost.Token(Roles.Head, Runtime.UnitId(1)));
        var bad = await head.PutAsJsonAsync(Url, new { date = "32/01/2023" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("\"date\"").And.Contain("dd/MM/yyyy");
    }

    private const string Url = $"/workflows/clusters/{Cluster}/years/2022/dates/summary-conference";

    private async Task<ProgressReport> SetConference(string date)
    {
        using var head = _runtime.Host.Client(ServiceHost.Token(Roles.Head, Runtime.UnitId(1)));
        var response = await head.PutAsJsonAsync(Url, new { date });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProgressReport>())!;
    }

    private static StepProgress Step(ProgressReport report, string id) => report.Steps.Single(s => s.StepId == id);

    public async Task DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await _db.DisposeAsync();
    }
}
