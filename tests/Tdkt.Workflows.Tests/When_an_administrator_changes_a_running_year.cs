using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Testing;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

/// <summary>
/// The Điện Biên year 2022 runs version 1, its conference set for Monday 16/01/2023 (the report to the board
/// is due 10 days before: Friday 06/01). Version 2 asks for that report only 5 days before: Wednesday 11/01.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class When_an_administrator_changes_a_running_year : IAsyncLifetime
{
    private const string Cluster = "cum-doi-phien-ban";
    private const string Year = $"/workflows/clusters/{Cluster}/years/2022";
    private static readonly string Version2 = ShippedDefinitions.Texts["db-cum-vung-cao.yaml"]
        .Replace("version: 1", "version: 2").Replace("status: published", "status: draft")
        .Replace("      before: summary-conference\n      days: 10", "      before: summary-conference\n      days: 5");
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
        // The head scheduled the conference in the voting service.
        var date = new DateOnly(2023, 1, 16);
        await _runtime.PublishAsync(new ConferenceScheduled(Cluster, 2022, "summary", date, "Hội trường UBND huyện", null, Runtime.UnitId(1), _clock.GetUtcNow()));
        await Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2022),
            p => p.Steps.Single(s => s.StepId == "summary-conference").Scheduled == date, what: "the conference on 16/01/2023");
    }

    [Fact]
    public async Task A_definition_text_is_planned_on_the_year_with_the_moved_date_and_nothing_is_saved()
    {
        using var admin = _runtime.Admin;
        var response = await admin.PostAsJsonAsync("/workflows/definitions/preview", new { yaml = Version2, clusterId = Cluster, year = 2022 });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var preview = (await response.Content.ReadFromJsonAsync<DefinitionPreview>())!;
        var step = preview.Steps.Single(s => s.StepId == "scores-to-board");
        (step.Due, step.DueText).Should().Be((new DateOnly(2023, 1, 11), "Thứ Tư, 11/01/2023"));
        step.Computed.Should().StartWith("5 ngày trước «Hội nghị tổng kết Cụm thi đua»");
        step.Anchor.Should().Be(new PreviewAnchor("summary-conference", "before", 5, false));
        // Seven working days before: Monday 02/01/2023 is the New Year day off, so Friday 30/12/2022.
        step.Reminders.Select(r => r.DateText).Should().Equal("Thứ Sáu, 30/12/2022", "Thứ Sáu, 06/01/2023", "Thứ Ba, 10/01/2023", "Thứ Tư, 11/01/2023");
        step.Reminders.Should().OnlyContain(r => r.Recipients.Single().UnitId == Runtime.UnitId(1));
        preview.Steps.Single(s => s.StepId == "summary-conference").Computed.Should().StartWith("Ngày do Trưởng cụm ấn định");

        (await _runtime.WithDbAsync(db => db.Definitions.CountAsync(d => d.Id == "db-cum-vung-cao"))).Should().Be(1);
        Step(await _runtime.ProgressAsync(Cluster, 2022), "scores-to-board").DueText.Should().Be("Thứ Sáu, 06/01/2023");
    }

    [Fact]
    public async Task A_broken_text_is_refused_at_its_path_and_an_unknown_year_is_not_found()
    {
        using var admin = _runtime.Admin;
        var broken = await admin.PostAsJsonAsync("/workflows/definitions/preview",
            new { yaml = Version2.Replace("actor: head", "actor: truong-cum"), clusterId = Cluster, year = 2022 });
        var unknown = await admin.PostAsJsonAsync("/workflows/definitions/preview", new { yaml = Version2, clusterId = Cluster, year = 2030 });

        broken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .Should().Contain(e => e.Name.StartsWith("yaml.steps[") && e.Name.EndsWith("].actor"));
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Moving_to_a_newer_version_moves_the_due_dates_and_keeps_the_conference_and_what_was_done()
    {
        await _runtime.PublishAsync(new ReportSubmitted(Cluster, 2022, Runtime.UnitId(2), "annual", _clock.GetUtcNow(), Guid.NewGuid(), []));
        await Eventually.Until(() => _runtime.ProgressAsync(Cluster, 2022),
            p => Step(p, "annual-report").Units.Any(u => u.Status == "done-on-time"), what: "the annual report");
        await SaveAsync(Version2, publish: true);

        using var admin = _runtime.Admin;
        var response = await admin.PutAsJsonAsync($"{Year}/definition-version", new { version = 2 });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = (await response.Content.ReadFromJsonAsync<ProgressReport>())!;
        report.DefinitionVersion.Should().Be(2);
        report.KnownDates.Should().Equal(new Dictionary<string, DateOnly> { ["summary-conference"] = new(2023, 1, 16) });
        Step(report, "summary-conference").Scheduled.Should().Be(new DateOnly(2023, 1, 16));
        Step(report, "scores-to-board").DueText.Should().Be("Thứ Tư, 11/01/2023");
        Step(report, "scores-to-board").NextReminders[^1].At.Should().Be(new DateTimeOffset(2023, 1, 11, 8, 0, 0, TimeSpan.FromHours(7)));
        Step(report, "annual-report").Units.Single(u => u.UnitId == Runtime.UnitId(2)).Status.Should().Be("done-on-time");
        (await _runtime.ProgressAsync(Cluster, 2022)).DefinitionVersion.Should().Be(2);
    }

    [Fact]
    public async Task Only_a_published_version_of_the_same_definition_is_accepted()
    {
        await SaveAsync(Version2, publish: false);
        using var admin = _runtime.Admin;

        var draft = await admin.PutAsJsonAsync($"{Year}/definition-version", new { version = 2 });
        var missing = await admin.PutAsJsonAsync($"{Year}/definition-version", new { version = 9 });
        var other = await admin.PutAsJsonAsync($"{Year}/definition-version", new { version = 1, definitionId = "bk-cum-khoi-tinh" });
        using var head = Head;
        var byHead = await head.PutAsJsonAsync($"{Year}/definition-version", new { version = 2 });

        draft.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Detail(draft)).Should().Contain("chưa được ban hành");
        missing.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Detail(missing)).Should().Contain("không có phiên bản 9");
        other.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Detail(other)).Should().Contain("quy trình khác");
        byHead.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await _runtime.ProgressAsync(Cluster, 2022)).DefinitionVersion.Should().Be(1);
    }

    [Fact]
    public async Task A_date_preview_shows_the_moved_deadlines_and_saves_and_announces_nothing()
    {
        var timersBefore = await Timers();
        using var head = Head;

        var response = await head.PostAsJsonAsync($"{Year}/dates/summary-conference/preview", new { date = "20/02/2023" });
        var outOfWindow = await head.PostAsJsonAsync($"{Year}/dates/summary-conference/preview", new { date = "20/04/2023" });
        using var unit = _runtime.Host.Client(ServiceHost.Token(Roles.Unit, Runtime.UnitId(2)));
        var byUnit = await unit.PostAsJsonAsync($"{Year}/dates/summary-conference/preview", new { date = "20/02/2023" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var preview = (await response.Content.ReadFromJsonAsync<ProgressReport>())!;
        Step(preview, "scores-to-board").DueText.Should().Be("Thứ Sáu, 10/02/2023");
        Step(preview, "scores-to-board").NextReminders[^1].At.Should().Be(new DateTimeOffset(2023, 2, 10, 8, 0, 0, TimeSpan.FromHours(7)));
        preview.KnownDates["summary-conference"].Should().Be(new DateOnly(2023, 2, 20));
        outOfWindow.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await outOfWindow.Content.ReadAsStringAsync()).Should().Contain("\"date\"").And.Contain("Thứ Sáu, 31/03/2023");
        byUnit.StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var stored = await _runtime.ProgressAsync(Cluster, 2022);
        stored.KnownDates["summary-conference"].Should().Be(new DateOnly(2023, 1, 16));
        Step(stored, "scores-to-board").DueText.Should().Be("Thứ Sáu, 06/01/2023");
        (await Timers()).Should().Equal(timersBefore);
        (await _runtime.WithDbAsync(db => db.Outbox.CountAsync(m => m.MessageType.StartsWith(typeof(StepDateScheduled).FullName!))))
            .Should().Be(1, "only the date set in InitializeAsync was announced");
    }

    private HttpClient Head => _runtime.Host.Client(ServiceHost.Token(Roles.Head, Runtime.UnitId(1)));

    private Task<List<string>> Timers() => _runtime.WithDbAsync(db => db.Timers.Where(t => t.ClusterId == Cluster)
        .OrderBy(t => t.Id).Select(t => $"{t.Id} {t.ObligationId} {t.Kind} {t.Offset} {t.DueDate} {t.FireAt}").ToListAsync());

    private async Task SaveAsync(string yaml, bool publish)
    {
        using var admin = _runtime.Admin;
        (await admin.PostAsJsonAsync("/workflows/definitions", new { yaml })).EnsureSuccessStatusCode();
        if (publish) (await admin.PostAsync("/workflows/definitions/db-cum-vung-cao/versions/2/publish", null)).EnsureSuccessStatusCode();
    }

    private static async Task<string> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    private static StepProgress Step(ProgressReport report, string id) => report.Steps.Single(s => s.StepId == id);

    public async Task DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await _db.DisposeAsync();
    }
}
