using FluentAssertions;
using Xunit.Abstractions;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// Fault drill R6: a broker redelivers (same MessageId) whenever an acknowledgement is lost. Every consumer of every
/// service, found from the services' own registrations, gets its message twice on the real servers; the second
/// delivery must change nothing the first did not: no row of the service's database (the outbox included, so nothing
/// is published twice), nothing sent outside.
/// </summary>
[Collection(RealServers.Name)]
[TestCaseOrderer(ByService.Name, ByService.Assembly)]
public sealed class When_every_event_is_delivered_twice(ServiceDrills drills, ITestOutputHelper output) : IClassFixture<ServiceDrills>
{
    public static TheoryData<string, string, string> Pairs
    {
        get
        {
            var rows = new TheoryData<string, string, string>();
            foreach (var p in ConsumerPairs.All) rows.Add(p.Service, p.ConsumerName, p.Message.Name);
            return rows;
        }
    }

    [BrokerControlTheory]
    [MemberData(nameof(Pairs))]
    public async Task Each_consumer_has_one_effect(string service, string consumer, string message)
    {
        var drilled = ConsumerPairs.Services.Single(s => s.Name == service);
        var pair = drilled.Pairs.Single(p => p.ConsumerName == consumer && p.Message.Name == message);
        var sample = EventSamples.For(pair) ?? throw new InvalidOperationException($"No sample of {message}: add one to EventSamples.");
        var drill = await drills.ForAsync(drilled);
        var year = new DrillYear();
        var endpoint = drill.EndpointOf(pair.Consumer);
        await drill.World.PrepareAsync(drill, year, pair.Message);
        await sample.PrepareAsync(drill, year);
        var before = await drill.SnapshotAsync();
        var mark = drill.Log.Mark;

        await sample.DeliverAsync(drill, year, endpoint);
        var first = await drill.Log.FirstConsumedAsync(endpoint, pair.Message, mark);
        var once = await drill.SnapshotAsync();
        await drill.SendAsync(endpoint, first.Message, first.MessageId);
        await drill.Log.ConsumedAsync(first.MessageId, 2, $"the redelivery of {message} to be consumed", endpoint);
        var twice = await drill.SnapshotAsync();

        var effect = once.ChangesSince(before, withInbox: false);
        output.WriteLine($"The first delivery to {endpoint}: {RowChange.Summary(effect)}");
        effect.Should().NotBeEmpty($"the first delivery of {message} to {consumer} has an effect (else this drill proves nothing)");
        twice.ChangesSince(once).Should().BeEmpty($"the redelivery of {message} to {consumer} has no second effect");
    }

    [Fact]
    public void Every_consumed_message_has_a_sample() =>
        ConsumerPairs.All.Where(p => EventSamples.For(p) is null).Select(p => p.ToString())
            .Should().BeEmpty("each needs a sample in EventSamples (with what must arrive before it) for the drill to deliver it twice");

    [Fact]
    public void Every_consumer_class_is_registered_by_a_service_the_drill_runs()
    {
        var registered = ConsumerPairs.All.Select(p => p.Consumer.IsGenericType ? p.Consumer.GetGenericTypeDefinition() : p.Consumer).ToHashSet();

        var consumers = ConsumerPairs.PlatformAssemblies().SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && ConsumerPairs.MessagesOf(t).Any());

        consumers.Where(c => !registered.Contains(c)).Select(c => c.FullName)
            .Should().BeEmpty("a consumer no service registers in the drill's configuration (ConsumerPairs.SwitchedOn) would go undrilled");
        ConsumerPairs.Services.Select(s => s.Name).Should().Contain(["registry", "intake", "appraisal", "voting", "dossier", "workflows"],
            "the services are found by reflection, and a search that finds none would drill nothing");
    }
}
