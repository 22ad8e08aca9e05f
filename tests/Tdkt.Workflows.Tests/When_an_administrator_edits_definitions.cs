using System.Net;
using System.Net.Http.Json;
using Tdkt.Platform.Auth;
using Tdkt.Testing;
using Tdkt.Workflows.Definitions;
using Tdkt.Workflows.Tests.Support;

namespace Tdkt.Workflows.Tests;

[Collection(WorkflowsCollection.Name)]
public sealed class When_an_administrator_edits_definitions : IAsyncLifetime
{
    private PostgresDatabase _db = null!;
    private Runtime _runtime = null!;

    public async Task InitializeAsync()
    {
        _db = await PostgresDatabase.CreateAsync();
        _runtime = await Runtime.StartAsync(_db.ConnectionString, new TestClock(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task The_shipped_definitions_are_listed_as_published()
    {
        using var admin = _runtime.Admin;
        var list = await admin.GetFromJsonAsync<List<DefinitionSummary>>("/workflows/definitions");
        list.Should().Contain(d => d.Id == "db-cum-vung-cao" && d.Version == 1 && d.Status == "published");
    }

    [Fact]
    public async Task An_invalid_definition_is_refused_naming_the_field()
    {
        using var admin = _runtime.Admin;
        var yaml = TestDefinitions.OneMemberStep("kt-sai").Replace("each-member", "moi-don-vi");
        var response = await admin.PostAsJsonAsync("/workflows/definitions", new { yaml });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("yaml.steps[0].actor");
    }

    [Fact]
    public async Task A_published_version_is_frozen()
    {
        using var admin = _runtime.Admin;
        var yaml = TestDefinitions.OneMemberStep("kt-dong-bang");
        (await admin.PostAsJsonAsync("/workflows/definitions", new { yaml })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await admin.PostAsync("/workflows/definitions/kt-dong-bang/versions/1/publish", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await admin.PostAsJsonAsync("/workflows/definitions", new { yaml });
        again.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).Should().Contain("đã ban hành");
    }

    [Fact]
    public async Task Units_cannot_edit_definitions_nor_read_other_units_reminders()
    {
        using var unit = _runtime.Host.Client(ServiceHost.Token(Roles.Unit, "nam-po"));
        (await unit.GetAsync("/workflows/definitions")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await unit.GetAsync("/workflows/units/tua-chua/reminders")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await unit.GetAsync("/workflows/units/nam-po/reminders")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        await _runtime.DisposeAsync();
        await _db.DisposeAsync();
    }
}
