namespace Tdkt.Workflows.Definitions;

/// <summary>
/// The versioning rules, kept pure so the store only has to apply them: versions of an id
/// only grow, a published version is frozen, and a new cluster-year takes the latest
/// published version and keeps it (store the (Id, Version) on the cluster-year).
/// </summary>
public static class DefinitionVersions
{
    /// <summary>Problems with saving <paramref name="candidate"/> next to the stored versions (empty = fine).</summary>
    public static IReadOnlyList<ValidationError> CheckSave(WorkflowDefinition candidate, IEnumerable<WorkflowDefinition> stored)
    {
        var same = stored.Where(d => d.Id == candidate.Id).ToList();
        var existing = same.FirstOrDefault(d => d.Version == candidate.Version);
        if (existing is { Status: DefinitionStatus.Published })
            return [new("version", $"phiên bản {candidate.Version} đã ban hành, không sửa được; hãy tạo phiên bản mới")];
        if (existing is null && same.Count > 0 && candidate.Version <= same.Max(d => d.Version))
            return [new("version", $"phiên bản mới phải lớn hơn {same.Max(d => d.Version)}")];
        return [];
    }

    public static WorkflowDefinition Publish(WorkflowDefinition draft) =>
        draft.Status == DefinitionStatus.Draft
            ? draft with { Status = DefinitionStatus.Published }
            : throw new InvalidOperationException($"{draft.Id} v{draft.Version} is already published.");

    /// <summary>The version a cluster-year starting now should pin, or null when none is published.</summary>
    public static WorkflowDefinition? ForNewClusterYear(string id, IEnumerable<WorkflowDefinition> stored) =>
        stored.Where(d => d.Id == id && d.Status == DefinitionStatus.Published).MaxBy(d => d.Version);
}
