using System.Diagnostics;

namespace Tdkt.Platform.Telemetry;

/// <summary>The names under which the platform and its services trace and measure.</summary>
public static class TdktTelemetry
{
    /// <summary>The platform's own activity source and meter (the outbox).</summary>
    public const string Name = "Tdkt.Platform";

    /// <summary>Every Tdkt source and meter (Tdkt.Platform, Tdkt.Workflows…): a service adds its own without touching the setup.</summary>
    public const string All = "Tdkt.*";

    /// <summary>The tag naming the service (its schema) a measurement belongs to: the embedded host runs them all in one process.</summary>
    public const string ServiceTag = "tdkt.service";

    internal static readonly ActivitySource Source = new(Name);
}
