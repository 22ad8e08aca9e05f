using System.Diagnostics;
using Tdkt.Platform.Telemetry;

namespace Tdkt.Platform.Messaging;

/// <summary>
/// Carries a trace across the outbox: the row keeps the W3C context of the request or message that wrote it,
/// and its publication continues that trace, so MassTransit's publish and the consumers in other services
/// join it.
/// </summary>
internal static class OutboxTracing
{
    public static void Capture(OutboxMessage row)
    {
        if (Activity.Current is not { IdFormat: ActivityIdFormat.W3C } current) return;
        row.TraceParent = current.Id;
        row.TraceState = current.TraceStateString;
    }

    /// <summary>An activity for publishing the row, child of the stored context; a row written outside any trace starts one.</summary>
    public static Activity? StartPublish(OutboxMessage row, string schema)
    {
        if (!TdktTelemetry.Source.HasListeners()) return null;
        ActivityContext.TryParse(row.TraceParent, row.TraceState, isRemote: true, out var parent);
        var activity = TdktTelemetry.Source.StartActivity($"outbox publish {ShortName(row.MessageType)}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", row.MessageId.ToString())
            .SetTag(TdktTelemetry.ServiceTag, schema)
            .SetTag("tdkt.outbox.attempts", row.Attempts);
        return activity;
    }

    // "Tdkt.Contracts.SelfAssessmentSubmitted, Tdkt.Contracts" → "SelfAssessmentSubmitted"
    private static string ShortName(string messageType)
    {
        var type = messageType.Split(',', 2)[0];
        return type[(type.LastIndexOf('.') + 1)..];
    }
}
