using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Platform.Auth;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>Đăng ký thi đua: targets, models and exemplary people, through intake over the real broker and database.</summary>
[Collection(RealServers.Name)]
public sealed class When_a_unit_registers_its_emulation_goals : IAsyncLifetime
{
    private SliceServices _services = null!;
    private TestCluster _cluster = null!;
    private CovenantClient _client = null!;

    public async Task InitializeAsync()
    {
        _services = await SliceServices.StartAsync();
        _cluster = _services.Cluster;
        _client = new CovenantClient(_services.Intake.Address, _cluster);
    }

    [Fact]
    public async Task Its_targets_reach_a_consumer_of_RegistrationSubmitted()
    {
        await using var published = await Published<RegistrationSubmitted>.WatchAsync();

        var response = await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("T1", 120m), ("T2", 95.5m)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var received = (await published.ArrivedAsync(m => m.ClusterId == _cluster.Id, "RegistrationSubmitted")).Single();
        received.RegistrationId.Should().Be(receipt.GetProperty("id").GetGuid());
        received.UnitId.Should().Be(_cluster.Member);
        received.Version.Should().Be(1);
        received.Targets.Should().Equal(new RegisteredTarget("T1", 120m), new RegisteredTarget("T2", 95.5m));
    }

    [Fact]
    public async Task Registering_again_replaces_the_registration_and_keeps_the_previous_version()
    {
        (await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("T1", 100m)))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("T1", 110m)))).StatusCode.Should().Be(HttpStatusCode.Created);

        var versions = (await _client.RegistrationsAsync(_cluster.Member)).EnumerateArray().ToList();

        versions.Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("targets")[0].GetProperty("target").GetDecimal()))
            .Should().Equal((2, 110m), (1, 100m));
        versions[0].GetProperty("replacedAt").ValueKind.Should().Be(JsonValueKind.Null);
        versions[1].GetProperty("replacedAt").ValueKind.Should().NotBe(JsonValueKind.Null);
        versions[1].GetProperty("exemplars")[0].GetProperty("position").GetString().Should().Be("Trưởng bản");
    }

    [Fact]
    public async Task A_unit_that_did_not_register_shows_as_excluded_with_the_seed_reason()
    {
        (await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("T1", 100m)))).EnsureSuccessStatusCode();
        (await _client.ConfirmAsync()).EnsureSuccessStatusCode();
        (await _client.SignAsync(_cluster.Member)).EnsureSuccessStatusCode();

        var status = (await _client.StatusAsync()).EnumerateArray().ToDictionary(s => s.GetProperty("unitId").GetString()!);

        var head = status[_cluster.Head];
        head.GetProperty("registered").GetBoolean().Should().BeFalse();
        head.GetProperty("excluded").GetBoolean().Should().BeTrue();
        head.GetProperty("exclusionReason").GetString().Should().Be(
            "Không xét thi đua năm 2025: đơn vị chưa đăng ký thi đua và chưa ký kết giao ước thi đua " +
            "(quy định: «Không xét thi đua đối với đơn vị, địa phương không đăng ký và ký kết giao ước thi đua hằng năm»).");
        var member = status[_cluster.Member];
        member.GetProperty("registered").GetBoolean().Should().BeTrue();
        member.GetProperty("registeredAt").ValueKind.Should().Be(JsonValueKind.String);
        member.GetProperty("excluded").GetBoolean().Should().BeFalse();
        member.GetProperty("exclusionReason").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task After_signing_the_covenant_the_registration_can_no_longer_change()
    {
        (await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("T1", 100m)))).EnsureSuccessStatusCode();
        (await _client.ConfirmAsync()).EnsureSuccessStatusCode();
        (await _client.SignAsync(_cluster.Member)).EnsureSuccessStatusCode();

        var response = await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("T1", 50m)));

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().Should().Contain("đã ký giao ước thi đua");
        (await StoredRegistrations()).Should().Be(1);
    }

    [Fact]
    public async Task A_target_is_only_for_a_criterion_scored_against_a_plan_and_becomes_that_plan()
    {
        var refused = await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("1.1", 100m)));
        (await _client.RegisterAsync(_cluster.Member, CovenantClient.Goals(("T1", 200m)))).EnsureSuccessStatusCode();
        using var unit = _services.Intake.Client(ServiceHost.Token(Roles.Unit, _cluster.Member));

        var submitted = await unit.PostAsJsonAsync(_cluster.SelfAssessmentsOf(_cluster.Member), new
        {
            criteria = new[] { new { criterionId = "1.1", score = 10m } },
            bonus = new[] { new { criterionId = "T1", value = 212m } },
        });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("targets[0].criterionId")[0].GetString()
            .Should().Be("Tiêu chí 1.1 «Kết quả thực hiện nhiệm vụ» không chấm theo kế hoạch nên không đăng ký chỉ tiêu.");
        submitted.StatusCode.Should().Be(HttpStatusCode.Created);
        (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("selfScore").GetDecimal()
            .Should().Be(13m, "212 against the registered 200 is 6 % over, × 0,5 = 3 bonus points, plus 10");
    }

    [Theory]
    [InlineData("""{"targets":[{"criterionId":"1.1","target":-1}]}""", "targets[0].target")]
    [InlineData("""{"targets":[{"target":5}]}""", "targets[0].criterionId")]
    [InlineData("""{"targets":[{"criterionId":"1.1","target":1},{"criterionId":"1.1","target":2}]}""", "targets[1].criterionId")]
    [InlineData("""{"exemplars":[{"name":"Lò Văn Pọm"}]}""", "exemplars[0].position")]
    [InlineData("""{}""", "body")]
    public async Task A_malformed_registration_is_refused_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var response = await _client.RegisterRawAsync(_cluster.Member, body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
        (await StoredRegistrations()).Should().Be(0);
    }

    private Task<int> StoredRegistrations() => _services.InIntakeAsync(db => db.Registrations.CountAsync(r => r.ClusterId == _cluster.Id));

    public async Task DisposeAsync() => await _services.DisposeAsync();
}
