using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Tdkt.Testing;

/// <summary>
/// What one host's Tdkt meters report, heard through a MeterListener as a collector would: counters and histograms as
/// they are recorded, gauges each time <see cref="Observe"/> reads them. Only the host's own meters (those of its
/// IMeterFactory) are heard, so other hosts in the test process do not mix in.
/// </summary>
public sealed class HostMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<Measured> _measured = [];

    public HostMeasurements(IServiceProvider host)
    {
        var meters = host.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name.StartsWith("Tdkt.", StringComparison.Ordinal))
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Add(i, value, tags));
        _listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Add(i, value, tags));
        _listener.Start();
    }

    public sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

    /// <summary>Everything recorded so far, with the gauges' current values last.</summary>
    public IReadOnlyList<Measured> Observe()
    {
        _listener.RecordObservableInstruments();
        lock (_measured) return [.. _measured];
    }

    /// <summary>The values an instrument reported, oldest first.</summary>
    public IReadOnlyList<double> Of(string instrument) =>
        Observe().Where(m => m.Instrument == instrument).Select(m => m.Value).ToList();

    /// <summary>The values an instrument reported for measurements carrying the tag, oldest first.</summary>
    public IReadOnlyList<double> Of(string instrument, string tag, string value) =>
        Observe().Where(m => m.Instrument == instrument && Equals(m.Tags.GetValueOrDefault(tag), value)).Select(m => m.Value).ToList();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        lock (_measured) _measured.Add(new Measured(instrument.Name, value, copy));
    }

    public void Dispose() => _listener.Dispose();
}
