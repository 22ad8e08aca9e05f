using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Tdkt.Contracts;
using Tdkt.Dossier.Delivery;
using Tdkt.Integration.Tests.Dossier;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// The province's document system the dossier service delivers to (a stand-in, accepting unless told otherwise), and
/// how the service's own delivery messages come about: it publishes them itself, on the head's approval and request.
/// </summary>
public sealed class DossierWorld : IDrillWorld
{
    private ProvincialDocumentSystem _system = null!;

    public static async Task<DossierWorld> StartAsync()
    {
        var world = new DossierWorld { _system = await ProvincialDocumentSystem.StartAsync(refusals: int.MaxValue) };
        world._system.Recover();
        return world;
    }

    public void Configure(IDictionary<string, string?> settings) => settings[ConfigKeys.DossierDeliveryUrl] = _system.Address.ToString();

    // Quick retries and a short break, so a refused delivery gives up in seconds.
    public void ConfigureServices(IServiceCollection services) =>
        services.Configure<HttpStandardResilienceOptions>($"{DeliveryClient.Name}-standard", o =>
        {
            o.Retry.Delay = TimeSpan.FromMilliseconds(50);
            o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(1);
        });

    /// <summary>Every request the system saw, and every package it took in: a second sending is a second request.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Outside() => new Dictionary<string, IEnumerable<string>>
    {
        ["provincial document system"] = [$"requests: {_system.Requests}", $"accepted: {_system.Accepted}", .. _system.Received.Keys.Order()],
    };

    /// <summary>The head approves the first draft: the service publishes DossierSubmitted, and its delivery consumer sends the package.</summary>
    public static EventSample Approval { get; } = new(
        async (drill, year) =>
        {
            await Drafted(drill, year);
            ((DossierWorld)drill.World)._system.Recover();
        },
        (drill, year, _) => Approve(drill, year));

    /// <summary>
    /// A delivery failed for good (the system refused until the bus gave up); the system is back and the head asks for the
    /// delivery again: the service publishes DossierDeliveryRequested to its own consumer.
    /// </summary>
    public static EventSample DeliveryAskedAgain { get; } = new(
        async (drill, year) =>
        {
            var system = ((DossierWorld)drill.World)._system;
            await Drafted(drill, year);
            system.Refuse();
            await using var gaveUp = await Published<Fault<DossierSubmitted>>.WatchAsync(drill.Broker);
            await Approve(drill, year);
            await gaveUp.ArrivedAsync(f => f.Message.ClusterId == year.ClusterId, "the bus to give up the first sending");
            system.Recover();
        },
        async (drill, year, _) =>
        {
            using var head = Head(drill, year);
            await head.PostAsync($"{Path(year)}/versions/1/delivery", null).ShouldBeAsync(HttpStatusCode.OK, "the delivery asked for again");
        });

    private static async Task Drafted(ServiceDrill drill, DrillYear year)
    {
        await drill.PublishConsumedAsync(year.Opened());
        await drill.PublishConsumedAsync(year.ScoresFinalized());
        await drill.PublishConsumedAsync(year.NominationsDecided());
    }

    private static async Task Approve(ServiceDrill drill, DrillYear year)
    {
        using var head = Head(drill, year);
        await head.PostAsync($"{Path(year)}/approval", null).ShouldBeAsync(HttpStatusCode.OK, "the head's approval");
    }

    private static HttpClient Head(ServiceDrill drill, DrillYear year) => drill.Host.Client(ServiceHost.Token(Roles.Head, year.Head));

    private static string Path(DrillYear year) => $"/dossier/clusters/{year.ClusterId}/years/{year.Year}";

    public async ValueTask DisposeAsync() => await _system.DisposeAsync();
}
