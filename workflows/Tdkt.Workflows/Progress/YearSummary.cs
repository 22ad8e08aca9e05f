namespace Tdkt.Workflows.Progress;

/// <summary>One cluster-year as the board's overview lists it.</summary>
/// <param name="ClusterName">Null when the registry has not told the name.</param>
/// <param name="DefinitionId">Null (with the counts at 0) while the cluster has no published definition assigned.</param>
/// <param name="LateSteps">Steps whose deadline passed with some owing unit not done (a "missed" unit in the progress report).</param>
/// <param name="OpenEscalations">Missed deadlines recorded whose unit has not completed the step since.</param>
/// <param name="NextDue">The first step still to come with some unit not done; null when none.</param>
public sealed record YearSummary(
    string ClusterId,
    string? ClusterName,
    int Year,
    string? DefinitionId,
    int? DefinitionVersion,
    int Steps,
    int LateSteps,
    int OpenEscalations,
    NextDueStep? NextDue);

/// <param name="DueText">"Thứ Sáu, 13/01/2023".</param>
public sealed record NextDueStep(string StepId, string Title, DateOnly Due, string DueText);
