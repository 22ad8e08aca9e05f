using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Tdkt.Workflows.Definitions;

/// <summary>
/// Parsed definitions by (id, version). A published version never changes, so its parse is kept for
/// the life of the process; drafts are never cached because they can be saved again.
/// </summary>
public sealed class DefinitionCatalog
{
    private readonly ConcurrentDictionary<(string, int), WorkflowDefinition> _published = new();

    public async Task<WorkflowDefinition?> GetAsync(WorkflowsDb db, string id, int version, CancellationToken ct)
    {
        if (_published.TryGetValue((id, version), out var cached)) return cached;
        var stored = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Version == version, ct);
        if (stored is null) return null;
        var definition = Parse(stored);
        if (stored.Published) _published[(id, version)] = definition;
        return definition;
    }

    /// <summary>The stored text with the store's status: publishing changes the column, not the YAML.</summary>
    public static WorkflowDefinition Parse(StoredDefinition stored)
    {
        var result = WorkflowDefinitionLoader.Load(stored.Yaml);
        var definition = result.Definition
            ?? throw new InvalidOperationException($"Stored definition {stored.Id} v{stored.Version} no longer loads: {result.Errors[0]}");
        return definition with { Status = stored.Published ? DefinitionStatus.Published : DefinitionStatus.Draft };
    }
}
