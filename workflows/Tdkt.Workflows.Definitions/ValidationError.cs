namespace Tdkt.Workflows.Definitions;

/// <param name="Path">Where in the document, e.g. steps[3].due.before.</param>
/// <param name="Message">Vietnamese, shown to the administrator who edits the definition.</param>
public sealed record ValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

public sealed record LoadResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Definition is not null && Errors.Count == 0;
}
