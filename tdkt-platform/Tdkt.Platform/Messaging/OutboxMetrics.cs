using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Tdkt.Platform.Telemetry;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// The outboxes of this process, measured by their publishers: messages waiting, the age of the oldest one
/// (lag), and the delay of each published message from its commit to its publication.
/// </summary>
public sealed class OutboxMetrics
{
    private readonly ConcurrentDictionary<string, State> _outboxes = new();
    private readonly Histogram<double> _delay;
    private readonly TimeProvider _time;

    public OutboxMetrics(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        var meter = meters.Create(TdktTelemetry.Name);
        _delay = meter.CreateHistogram<double>("tdkt.outbox.delay", "s",
            "Time from a message's commit into the outbox to its publication to the broker");
        meter.CreateObservableGauge("tdkt.outbox.waiting",
            () => _outboxes.Select(o => new Measurement<long>(o.Value.Backlog.Waiting, Service(o.Key))), "{message}",
            "Messages not yet published, as the outbox's publisher last saw them");
        meter.CreateObservableGauge("tdkt.outbox.lag",
            () => _outboxes.Select(o => new Measurement<double>(Lag(o.Value), Service(o.Key))), "s",
            "Age of the oldest message not yet published; 0 when none waits");
    }

    internal Backlog Backlog(string schema) => Of(schema).Backlog;

    internal void Published(string schema, OutboxMessage row) =>
        _delay.Record(Math.Max(0, (row.SentAt!.Value - row.CreatedAt).TotalSeconds), Service(schema));

    /// <summary>The creation time of the oldest message known to wait, or null when none does.</summary>
    internal void OldestWaiting(string schema, DateTimeOffset? createdAt) => Of(schema).Oldest = createdAt;

    private State Of(string schema) => _outboxes.GetOrAdd(schema, _ => new State());

    private double Lag(State state) => state.Oldest is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;

    private static KeyValuePair<string, object?> Service(string schema) => new(TdktTelemetry.ServiceTag, schema);

    private sealed class State
    {
        public Backlog Backlog { get; } = new();
        public DateTimeOffset? Oldest { get; set; }
    }
}
