using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// The voting service publishes LeadershipElected after the summary conference of 2025 (the test cluster's opened
/// year, headed by its Head unit); the registry applies it to the year it is for, read back through its API.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_summary_conference_elects_next_years_leadership : IAsyncLifetime
{
    private readonly TestCluster _cluster = TestCluster.Create();
    private RegistryServices _services = null!;
    private ConsumeCounter<LeadershipElected> _consumed = null!;

    public async Task InitializeAsync()
    {
        _services = await RegistryServices.StartAsync();
        _consumed = ConsumeCounter<LeadershipElected>.On(Bus);
        await _cluster.ImportAsync(_services.Host.Address);
    }

    [Fact]
    public async Task The_next_year_created_afterwards_gets_the_elected_head_and_deputy()
    {
        await Bus.Publish(Elected(2025, forYear: 2026, head: _cluster.Member, deputy: _cluster.Head));

        var pending = await Eventually.Until(() => _services.Admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{_cluster.Id}"),
            c => c.GetProperty("nextLeadership").ValueKind == JsonValueKind.Object, what: "the pending leadership");
        var next = pending.GetProperty("nextLeadership");
        (next.GetProperty("forYear").GetInt32(), next.GetProperty("head").GetString(), next.GetProperty("deputy").GetString(),
            next.GetProperty("how").GetString(), next.GetProperty("decidedAtYear").GetInt32())
            .Should().Be((2026, _cluster.Member, _cluster.Head, "election", 2025));
        (await Year(2025)).GetProperty("nextLeadership").GetProperty("head").GetString().Should().Be(_cluster.Member);

        var created = await _services.Admin.PostAsJsonAsync($"/registry/clusters/{_cluster.Id}/years", new { year = 2026 });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var year = await Year(2026);
        (year.GetProperty("head").GetProperty("id").GetString(), year.GetProperty("deputy").GetProperty("id").GetString())
            .Should().Be((_cluster.Member, _cluster.Head));
        (await _services.Admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{_cluster.Id}"))
            .GetProperty("nextLeadership").ValueKind.Should().Be(JsonValueKind.Null, "the year now holds it");
    }

    [Fact]
    public async Task A_next_year_not_yet_opened_takes_the_elected_head_and_deputy()
    {
        (await _services.Admin.PostAsJsonAsync($"/registry/clusters/{_cluster.Id}/years", new { year = 2026, head = _cluster.Head }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        await Bus.Publish(Elected(2025, forYear: 2026, head: _cluster.Member, deputy: _cluster.Head));

        var year = await Eventually.Until(() => Year(2026),
            y => y.GetProperty("head").GetProperty("id").GetString() == _cluster.Member, what: "the elected head");
        year.GetProperty("deputy").GetProperty("id").GetString().Should().Be(_cluster.Head);
        year.GetProperty("openedAt").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_opened_year_and_a_year_whose_members_were_not_elected_are_not_changed()
    {
        (await _services.Admin.PostAsJsonAsync($"/registry/clusters/{_cluster.Id}/years", new { year = 2026, head = _cluster.Head }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        await Bus.Publish(Elected(2024, forYear: 2025, head: _cluster.Member, deputy: _cluster.Head));
        await Bus.Publish(Elected(2025, forYear: 2026, head: _cluster.Outsider, deputy: null));
        await Eventually.Until(() => Task.FromResult(_consumed.Deliveries.Count), n => n == 2, what: "both decisions consumed");

        var opened = await Year(2025);
        (opened.GetProperty("head").GetProperty("id").GetString(), opened.GetProperty("deputy").ValueKind)
            .Should().Be((_cluster.Head, JsonValueKind.Null));
        (await Year(2026)).GetProperty("head").GetProperty("id").GetString().Should().Be(_cluster.Head);
        (await _services.Admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{_cluster.Id}"))
            .GetProperty("nextLeadership").ValueKind.Should().Be(JsonValueKind.Null);
    }

    private IBus Bus => _services.Host.Services.GetRequiredService<IBus>();

    private LeadershipElected Elected(int year, int forYear, string head, string? deputy) =>
        new(_cluster.Id, year, forYear, head, deputy, "election", [], DateTimeOffset.UtcNow);

    private Task<JsonElement> Year(int year) =>
        _services.Admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{_cluster.Id}/years/{year}");

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
