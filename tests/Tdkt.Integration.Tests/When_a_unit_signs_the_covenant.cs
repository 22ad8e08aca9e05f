using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Giao ước thi đua: the head confirms it, each member signs, and the workflow's step completes.</summary>
[Collection(RealServers.Name)]
public sealed class When_a_unit_signs_the_covenant : IAsyncLifetime
{
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;
    private CovenantClient _client = null!;

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync(withWorkflows: true);
        _cluster = _services.Cluster;
        _client = new CovenantClient(_services.Intake.Address, _cluster);
    }

    [Fact]
    public async Task The_covenant_step_of_the_workflow_is_completed_for_that_unit()
    {
        await _services.AssignWorkflowAsync("bk-cum-khoi-tinh");
        // Signed once the year is planned, so the signature completes an existing obligation; a signature that arrives
        // before the plan is When_a_unit_signs_before_the_year_is_planned.
        await Eventually.Until(() => CovenantStepUnitsAsync(), u => u.Any(x => x.GetProperty("unitId").GetString() == _cluster.Member),
            TimeSpan.FromSeconds(60), "the workflows runtime to plan the covenant step");
        (await _client.ConfirmAsync()).StatusCode.Should().Be(HttpStatusCode.OK);

        var response = await _client.SignAsync(_cluster.Member);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var signedAt = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signedAt").GetDateTimeOffset();
        var units = await Eventually.Until(() => CovenantStepUnitsAsync(),
            u => u.Any(x => x.GetProperty("unitId").GetString() == _cluster.Member && x.GetProperty("completedAt").ValueKind != JsonValueKind.Null),
            TimeSpan.FromSeconds(60), "the workflows runtime to complete the covenant step");
        units.Single(u => u.GetProperty("unitId").GetString() == _cluster.Member).GetProperty("completedAt").GetDateTimeOffset()
            .Should().BeCloseTo(signedAt, TimeSpan.FromMilliseconds(1), "the runtime keeps instants to the millisecond");
        units.Single(u => u.GetProperty("unitId").GetString() == _cluster.Head).GetProperty("completedAt").ValueKind
            .Should().Be(JsonValueKind.Null, "the head's unit has not signed");
    }

    [Fact]
    public async Task Signing_before_the_head_confirms_is_refused_and_publishes_nothing()
    {
        await using var published = await Published<CovenantSigned>.WatchAsync();

        var early = await _client.SignAsync(_cluster.Member);

        early.StatusCode.Should().Be(HttpStatusCode.Conflict);
        early.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .Should().StartWith("Trưởng cụm chưa xác nhận nội dung giao ước thi đua năm 2025");
        // The head's own signature, published after the refusal through the same outbox, arrives; the refused one never was.
        (await _client.ConfirmAsync()).EnsureSuccessStatusCode();
        (await _client.SignAsync(_cluster.Head)).EnsureSuccessStatusCode();
        await published.ArrivedAsync(m => m.ClusterId == _cluster.Id && m.UnitId == _cluster.Head, "the head's CovenantSigned");
        published.Messages.Where(m => m.ClusterId == _cluster.Id && m.UnitId == _cluster.Member).Should().BeEmpty();
        (await SignaturesOf(_cluster.Member)).Should().Be(0);
    }

    [Fact]
    public async Task Signing_twice_has_one_effect_and_the_covenant_shows_who_signed_and_who_has_not()
    {
        await using var published = await Published<CovenantSigned>.WatchAsync();
        (await _client.ConfirmAsync()).EnsureSuccessStatusCode();

        var first = await _client.SignAsync(_cluster.Member);
        var second = await _client.SignAsync(_cluster.Member);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var signedAt = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signedAt").GetDateTimeOffset();
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signedAt").GetDateTimeOffset().Should().Be(signedAt);
        var covenant = await _client.CovenantAsync();
        covenant.GetProperty("confirmed").GetBoolean().Should().BeTrue();
        covenant.GetProperty("date").GetString().Should().Be("2025-03-14");
        covenant.GetProperty("signed").EnumerateArray().Select(s => (s.GetProperty("unitId").GetString(), s.GetProperty("signedAt").GetDateTimeOffset()))
            .Should().Equal((_cluster.Member, signedAt));
        covenant.GetProperty("notSigned").EnumerateArray().Select(s => s.GetProperty("unitId").GetString()).Should().Equal(_cluster.Head);
        // A later signature through the same outbox marks the point by which a second one would have arrived.
        (await _client.SignAsync(_cluster.Head)).EnsureSuccessStatusCode();
        await published.ArrivedAsync(m => m.ClusterId == _cluster.Id && m.UnitId == _cluster.Head, "the head's CovenantSigned");
        published.Messages.Count(m => m.ClusterId == _cluster.Id && m.UnitId == _cluster.Member).Should().Be(1);
    }

    [Fact]
    public async Task Only_the_head_of_the_cluster_year_confirms_and_a_unit_signs_only_for_itself()
    {
        using var member = _services.Intake.Client(ServiceHost.Token(Roles.Head, _cluster.Member));
        var path = $"/intake/clusters/{_cluster.Id}/years/{_cluster.Year}";

        var refused = await Eventually.Until(() => member.PutAsJsonAsync($"{path}/covenant", new { content = "Giao ước", date = "14/03/2025" }),
            r => r.StatusCode != HttpStatusCode.NotFound, TimeSpan.FromSeconds(60), "intake to learn the cluster-year");

        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden, "a head token of a unit that does not head this year");
        (await _client.ConfirmAsync()).EnsureSuccessStatusCode();
        using var unit = _services.Intake.Client(ServiceHost.Token(Roles.Unit, _cluster.Member));
        (await unit.PostAsync($"{path}/units/{_cluster.Head}/covenant/signature", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await SignaturesOf(_cluster.Head)).Should().Be(0);
    }

    private async Task<List<JsonElement>> CovenantStepUnitsAsync()
    {
        using var board = _services.Workflows!.Client(ServiceHost.Token(Roles.Board));
        var response = await board.GetAsync($"/workflows/clusters/{_cluster.Id}/years/{_cluster.Year}/progress");
        if (!response.IsSuccessStatusCode) return [];
        var progress = await response.Content.ReadFromJsonAsync<JsonElement>();
        return progress.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == "covenant-signing")
            .GetProperty("units").EnumerateArray().ToList();
    }

    private Task<int> SignaturesOf(string unit) =>
        _services.InIntakeAsync(db => db.CovenantSignatures.CountAsync(s => s.ClusterId == _cluster.Id && s.UnitId == unit));

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
