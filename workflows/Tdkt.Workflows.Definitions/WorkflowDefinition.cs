namespace Tdkt.Workflows.Definitions;

/// <summary>
/// One version of a workflow for a kind of cluster. A published version never changes;
/// a cluster-year pins the (Id, Version) it started with.
/// </summary>
/// <param name="Seed">The guidance document the deadlines come from.</param>
public sealed record WorkflowDefinition(
    string Id,
    int Version,
    DefinitionStatus Status,
    string Title,
    string Seed,
    YearBasis YearBasis,
    IReadOnlyList<StepDefinition> Steps)
{
    public StepDefinition? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);
}

public enum DefinitionStatus { Draft, Published }

/// <summary>School blocks run on the school year: emulation year Y is the school year Y–(Y+1).</summary>
public enum YearBasis { Calendar, School }
