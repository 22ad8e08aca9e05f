namespace Tdkt.Contracts;

/// <summary>
/// The workflows runtime planned (or re-planned) a cluster-year: every step with the event it waits for
/// and its due date. Sent whole on each plan, so a copy is replaced, never patched.
/// </summary>
/// <param name="Revision">Grows with every plan of the cluster-year; a copy ignores a plan older than the one it has.</param>
public record StepsPlanned(
    string ClusterId,
    int Year,
    string DefinitionId,
    int DefinitionVersion,
    long Revision,
    DateTimeOffset PlannedAt,
    IReadOnlyList<PlannedStep> Steps);
