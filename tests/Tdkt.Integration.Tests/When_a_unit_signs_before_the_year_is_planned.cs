using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// A member signs the covenant while the workflows runtime knows the year but has no definition for the cluster
/// yet; the administrator assigns one afterwards. The signature was accepted, so the plan must not lose it.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_a_unit_signs_before_the_year_is_planned : IAsyncLifetime
{
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = (_services = await SliceServices.StartAsync(withWorkflows: true)).Cluster;

    [Fact]
    public async Task The_obligation_is_born_complete()
    {
        var client = new CovenantClient(_services.Intake.Address, _cluster);
        await Eventually.Until(() => _services.InWorkflowsAsync(db => db.ClusterYears.AnyAsync(y => y.ClusterId == _cluster.Id && y.Year == _cluster.Year)),
            known => known, TimeSpan.FromSeconds(60), "the workflows runtime to know the year");
        (await client.ConfirmAsync()).StatusCode.Should().Be(HttpStatusCode.OK);
        var response = await client.SignAsync(_cluster.Member);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var signedAt = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("signedAt").GetDateTimeOffset();
        await Eventually.Until(() => _services.InWorkflowsAsync(db => db.ReceivedCompletions.AnyAsync(c => c.ClusterId == _cluster.Id && c.UnitId == _cluster.Member)),
            received => received, TimeSpan.FromSeconds(60), "the workflows runtime to receive the signature");
        (await _services.InWorkflowsAsync(db => db.Obligations.AnyAsync(o => o.ClusterId == _cluster.Id))).Should().BeFalse("no plan exists before the assignment");

        await _services.AssignWorkflowAsync("bk-cum-khoi-tinh");

        var units = await Eventually.Until(() => CovenantStepUnitsAsync(), u => u.Count == 2, TimeSpan.FromSeconds(60), "the year's plan");
        units.Single(u => u.GetProperty("unitId").GetString() == _cluster.Member).GetProperty("completedAt").GetDateTimeOffset()
            .Should().BeCloseTo(signedAt, TimeSpan.FromMilliseconds(1), "the obligation is done when the unit signed, not when it was planned");
        units.Single(u => u.GetProperty("unitId").GetString() == _cluster.Head).GetProperty("completedAt").ValueKind
            .Should().Be(JsonValueKind.Null, "the head's unit has not signed");
        var memberTimers = await _services.InWorkflowsAsync(db => db.Timers.CountAsync(t => db.Obligations.Any(o =>
            o.Id == t.ObligationId && o.ClusterId == _cluster.Id && o.StepId == "covenant-signing" && o.UnitId == _cluster.Member)));
        memberTimers.Should().Be(0, "a step already done gets no reminder and no miss");
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

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
