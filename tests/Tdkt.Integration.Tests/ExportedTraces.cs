using System.Collections.ObjectModel;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Tdkt.Integration.Tests;

/// <summary>
/// What the hosts traced, through OpenTelemetry's in-memory exporter: each host given <see cref="Export"/> builds its
/// own tracer provider, as a separate process does. In one test process every provider hears every host's
/// activities, so each activity is kept once.
/// </summary>
public sealed class ExportedTraces
{
    private readonly HashSet<Activity> _activities = [];

    public void Export(IServiceCollection services) =>
        services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(new Sink(this)));

    public IReadOnlyList<Activity> All
    {
        get { lock (_activities) return [.. _activities]; }
    }

    /// <summary>The activity, its parent, and so on up to the root of its trace, as far as they were exported.</summary>
    public IReadOnlyList<Activity> Chain(Activity activity)
    {
        var bySpan = All.Where(a => a.TraceId == activity.TraceId).ToDictionary(a => a.SpanId);
        var chain = new List<Activity> { activity };
        while (bySpan.TryGetValue(chain[^1].ParentSpanId, out var parent)) chain.Add(parent);
        return chain;
    }

    public override string ToString() =>
        string.Join(Environment.NewLine, All.Select(a => $"{a.TraceId}/{a.SpanId}<-{a.ParentSpanId} {a.Kind} {a.Source.Name}: {a.DisplayName}"));

    private void Add(Activity activity)
    {
        lock (_activities) _activities.Add(activity);
    }

    // The exporter only adds; every provider adds to the one set.
    private sealed class Sink(ExportedTraces traces) : Collection<Activity>
    {
        protected override void InsertItem(int index, Activity item) => traces.Add(item);
    }
}
