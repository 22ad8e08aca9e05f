using System.Diagnostics;
using System.Diagnostics.Metrics;
using Tdkt.Platform.Telemetry;

namespace Tdkt.Workflows.Timers;

/// <summary>
/// The runtime's traces and metrics: each batch of fired timers is a trace the reminders it publishes continue;
/// the timers due and not fired yet (a gauge) and the reminders sent, by channel (a counter).
/// </summary>
public sealed class WorkflowTelemetry
{
    public const string Name = "Tdkt.Workflows";
    public const string InApp = "in-app";
    public const string Email = "email";

    private static readonly ActivitySource Source = new(Name);
    private readonly Counter<long> _reminders;

    public WorkflowTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        meter.CreateObservableGauge("tdkt.workflows.timers.due", () => TimersDue.Waiting, "{timer}",
            "Timers due and not fired yet, as the runner last saw them");
        _reminders = meter.CreateCounter<long>("tdkt.workflows.reminders.sent", "{reminder}",
            "Deadline reminders sent: in-app when their timer fired, by e-mail once the mail server took them");
    }

    public Backlog TimersDue { get; } = new();

    public static Activity? StartFiring() => Source.StartActivity("workflow timers fire");

    public void RemindersSent(int count, string channel)
    {
        if (count > 0) _reminders.Add(count, new KeyValuePair<string, object?>("tdkt.channel", channel));
    }
}
