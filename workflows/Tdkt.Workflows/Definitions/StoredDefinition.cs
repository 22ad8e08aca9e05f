namespace Tdkt.Workflows.Definitions;

/// <summary>
/// One saved version of a definition: the YAML as the administrator wrote it, and its status,
/// which the store owns (publishing flips the column, not the text).
/// </summary>
public sealed class StoredDefinition
{
    public required string Id { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string Yaml { get; set; }
    public bool Published { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
