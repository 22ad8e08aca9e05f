using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Intake;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Registry;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests;

/// <summary>
/// Client credentials on the real servers: the registry issues a token to an integration client, and
/// intake, in its own host with the registry as its authority, accepts it through discovery.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_an_integration_gets_a_token
{
    [Fact]
    public async Task A_separate_service_accepts_it_with_the_clients_role_and_unit_and_nothing_more()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var config = ServiceHost.OnRealServers(database.ConnectionString);
        await using var registry = await ServiceHost.StartAsync(config, new RegistryService());
        var cluster = TestCluster.Create();
        await cluster.ImportAsync(registry.Address);
        await using var intake = await ServiceHost.StartAsync(new Dictionary<string, string?>(config)
        {
            [ConfigKeys.AuthAuthority] = registry.Address.ToString(),
        }, new IntakeService());

        using var admin = registry.Client(ServiceHost.Token(Roles.Admin));
        using var created = await admin.PostAsJsonAsync("/registry/clients",
            new { clientId = "phan-mem-don-vi", displayName = "Phần mềm của đơn vị", role = Roles.Unit, unit = cluster.Member });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;

        using var anonymous = registry.Client();
        using var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "phan-mem-don-vi", ["client_secret"] = secret, ["scope"] = "tdkt-api",
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();

        using var asClient = intake.Client(token);
        (await asClient.GetAsync(cluster.SelfAssessmentsOf(cluster.Member))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await asClient.GetAsync(cluster.SelfAssessmentsOf(cluster.Outsider))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var wrongSecret = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "phan-mem-don-vi", ["client_secret"] = "doan-sai", ["scope"] = "tdkt-api",
        }));
        wrongSecret.IsSuccessStatusCode.Should().BeFalse();
        // The local key keeps working beside the authority (scripts, `tdkt token`).
        using var local = intake.Client(ServiceHost.Token(Roles.Unit, cluster.Member));
        (await local.GetAsync(cluster.SelfAssessmentsOf(cluster.Member))).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
