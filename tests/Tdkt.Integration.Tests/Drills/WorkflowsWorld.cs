using System.Net;
using System.Net.Http.Json;
using Tdkt.Contracts;
using Tdkt.Workflows.Definitions;

namespace Tdkt.Integration.Tests.Drills;

/// <summary>
/// The runtime has heard of the cluster (ClusterRegistered) and an administrator assigned it a shipped definition with
/// a step the drilled message completes, so the message has an obligation to complete: its effect.
/// </summary>
public sealed class WorkflowsWorld : IDrillWorld
{
    /// <summary>Steps are counted from its summary conference (ConferenceScheduled moves them).</summary>
    private const string Default = "db-cum-vung-cao";

    private static readonly Lazy<IReadOnlyList<WorkflowDefinition>> Shipped = new(() => ShippedDefinitions.Texts.Values
        .Select(yaml => WorkflowDefinitionLoader.Load(yaml).Definition!)
        .Where(d => d.Status == DefinitionStatus.Published)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList());

    public async Task PrepareAsync(ServiceDrill drill, DrillYear year, Type message)
    {
        // Its own drill needs a cluster the runtime has not heard of.
        if (message == typeof(ClusterRegistered)) return;
        await drill.PublishConsumedAsync(year.Registered());
        using var admin = drill.Admin();
        await admin.PutAsJsonAsync($"/workflows/clusters/{year.ClusterId}/definition", new { definitionId = DefinitionFor(message) })
            .ShouldBeAsync(HttpStatusCode.OK, "the definition assigned to the cluster");
    }

    /// <summary>The first shipped definition with a step the message completes; the default for other messages.</summary>
    public static string DefinitionFor(Type message) =>
        Shipped.Value.FirstOrDefault(d => d.Steps.Any(s => s.CompletedBy.Event == message.Name))?.Id ?? Default;
}
