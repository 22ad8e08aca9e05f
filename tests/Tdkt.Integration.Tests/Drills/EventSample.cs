using MassTransit;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// How one message comes to a consumer with an effect: what is delivered before it (each consumed first), then the
/// delivery itself, whose first consumption the drill then delivers again.
/// </summary>
/// <param name="PrepareAsync">Runs before the drill's first snapshot.</param>
/// <param name="DeliverAsync">Delivers the message to the consumer's queue (given), or makes the service publish it.</param>
public sealed record EventSample(Func<ServiceDrill, DrillYear, Task> PrepareAsync, Func<ServiceDrill, DrillYear, string, Task> DeliverAsync)
{
    /// <summary>The test sends the message to the consumer, after the messages it follows.</summary>
    public static EventSample Sent(Func<DrillYear, object> message, params Func<DrillYear, object>[] after) => new(
        async (drill, year) =>
        {
            foreach (var m in after) await drill.PublishConsumedAsync(m(year));
        },
        (drill, year, endpoint) => drill.SendAsync(endpoint, message(year), NewId.NextGuid()));
}
