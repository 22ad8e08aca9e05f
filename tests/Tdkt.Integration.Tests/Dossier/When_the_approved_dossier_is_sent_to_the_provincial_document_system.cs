using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Tdkt.Contracts;
using Tdkt.Dossier.Delivery;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// A cluster-year the dossier service hears of only by messages; the head approves its draft, and the dossier service
/// POSTs the package to a local stand-in for the province's document system when Tdkt:Dossier:DeliveryUrl is set.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_approved_dossier_is_sent_to_the_provincial_document_system
{
    [Fact]
    public async Task The_package_arrives_once_after_two_refusals_and_the_version_shows_delivered()
    {
        await using var system = await ProvincialDocumentSystem.StartAsync(refusals: 2);
        await using var year = await ApprovedAsync(system.Address);

        var version = await year.VersionWhereAsync(v => v.GetProperty("deliveryStatus").GetString() == "delivered", "the delivered version");

        version.GetProperty("deliveryAttempts").GetInt32().Should().BeGreaterThanOrEqualTo(3);
        version.GetProperty("deliveredAt").ValueKind.Should().Be(JsonValueKind.String);
        var sha256 = version.GetProperty("packageSha256").GetString();
        system.Received.Keys.Should().Equal($"{year.ClusterId}/2025/1");
        system.Received.Single().Value.Should().Be(new ProvincialDocumentSystem.Arrival(year.ClusterId, "2025", "1", sha256!, sha256!, "application/zip"));
    }

    [Fact]
    public async Task A_system_that_always_refuses_leaves_the_version_failed_with_the_error_and_the_dossier_submitted_in_the_inbox()
    {
        await using var system = await ProvincialDocumentSystem.StartAsync(refusals: int.MaxValue);
        await using var year = await ApprovedAsync(system.Address);

        var version = await year.VersionWhereAsync(v => v.GetProperty("deliveryStatus").GetString() == "failed", "the failed delivery");

        version.GetProperty("status").GetString().Should().Be("submitted");
        version.GetProperty("deliveryError").GetString().Should().NotBeNullOrWhiteSpace();
        version.GetProperty("deliveryAttempts").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        using var board = year.Dossier.Client(ServiceHost.Token(Roles.Board));
        var inbox = await board.GetFromJsonAsync<JsonElement>($"/dossier/inbox?clusterId={year.ClusterId}");
        var item = inbox.EnumerateArray().Single();
        (item.GetProperty("status").GetString(), item.GetProperty("deliveryStatus").GetString()).Should().Be(("submitted", "failed"));
        item.GetProperty("deliveryError").GetString().Should().NotBeNullOrWhiteSpace();
        system.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Asked_again_after_the_system_recovered_the_failed_package_arrives_once_and_the_version_shows_delivered()
    {
        await using var system = await ProvincialDocumentSystem.StartAsync(refusals: int.MaxValue);
        await using var gaveUp = await Published<Fault<DossierSubmitted>>.WatchAsync();
        await using var year = await ApprovedAsync(system.Address);
        // The bus has stopped retrying the first sending: from here only the head's request can send it.
        await gaveUp.ArrivedAsync(f => f.Message.ClusterId == year.ClusterId, "the bus to give up the first sending");
        await year.VersionWhereAsync(v => v.GetProperty("deliveryStatus").GetString() == "failed", "the failed delivery");

        system.Recover();
        var asked = await year.Head.PostAsync($"{year.Path}/versions/1/delivery", null);

        asked.StatusCode.Should().Be(HttpStatusCode.OK, await asked.Content.ReadAsStringAsync());
        var version = await year.VersionWhereAsync(v => v.GetProperty("deliveryStatus").GetString() == "delivered", "the delivery asked for again");
        version.GetProperty("deliveryError").ValueKind.Should().Be(JsonValueKind.Null);
        version.GetProperty("deliveredAt").ValueKind.Should().Be(JsonValueKind.String);
        var sha256 = version.GetProperty("packageSha256").GetString()!;
        system.Received.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, ProvincialDocumentSystem.Arrival>(
            $"{year.ClusterId}/2025/1", new(year.ClusterId, "2025", "1", sha256, sha256, "application/zip")));
        system.Accepted.Should().Be(1, "the package was taken in once");
        (await year.Head.PostAsync($"{year.Path}/versions/1/delivery", null)).StatusCode.Should().Be(HttpStatusCode.Conflict, "a delivered version is not sent again");
    }

    [Fact]
    public async Task Without_a_delivery_address_nothing_is_sent_and_a_new_sending_is_refused()
    {
        await using var system = await ProvincialDocumentSystem.StartAsync(refusals: 0);
        await using var submitted = await Published<DossierSubmitted>.WatchAsync();
        await using var year = await ApprovedAsync(deliveryUrl: null);
        await submitted.ArrivedAsync(m => m.ClusterId == year.ClusterId, "DossierSubmitted");

        var version = (await year.Head.GetFromJsonAsync<JsonElement>(year.Path)).GetProperty("versions")[0];
        version.GetProperty("deliveryStatus").ValueKind.Should().Be(JsonValueKind.Null);
        (await year.Head.PostAsync($"{year.Path}/versions/1/delivery", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        system.Requests.Should().Be(0);
    }

    /// <summary>The year's first draft, approved by the head, with the dossier service sending to the given address.</summary>
    private static async Task<DossierYearFromMessages> ApprovedAsync(Uri? deliveryUrl)
    {
        // Quick retries and a short break, so the test does not wait the seconds a real system is given.
        var year = await DossierYearFromMessages.DraftedAsync(new Dictionary<string, string?> { [ConfigKeys.DossierDeliveryUrl] = deliveryUrl?.ToString() },
            s => s.Configure<HttpStandardResilienceOptions>($"{DeliveryClient.Name}-standard", o =>
            {
                o.Retry.Delay = TimeSpan.FromMilliseconds(50);
                o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(1);
            }));
        await year.ApproveAsync();
        return year;
    }
}
