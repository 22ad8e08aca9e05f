namespace Tdkt.Workflows.Progress;

/// <param name="Steps">The definition's steps.</param>
/// <param name="Explanations">The explanation requests of the year, each a one-unit deadline (step id "explanation:{requestId}").</param>
public sealed record ProgressReport(
    string ClusterId,
    int Year,
    string DefinitionId,
    int DefinitionVersion,
    IReadOnlyDictionary<string, DateOnly> KnownDates,
    IReadOnlyList<StepProgress> Steps,
    IReadOnlyList<StepProgress> Explanations);

/// <param name="DueText">The due date as users read it: "Thứ Hai, 26/12/2022".</param>
/// <param name="Scheduled">The date the head set for this step; it is then the step's due date.</param>
/// <param name="NotDatedReason">Why there is no due date yet (its anchor has no date).</param>
/// <param name="RuleDue">The definition's own deadline when a set date replaced it (a later set date breaks the rule).</param>
public sealed record StepProgress(
    string StepId,
    string Title,
    string Actor,
    DateOnly? Due,
    string? DueText,
    DateTimeOffset? DueAt,
    DateOnly? Scheduled,
    string? NotDatedReason,
    IReadOnlyList<UnitProgress> Units,
    IReadOnlyList<NextReminder> NextReminders,
    DateOnly? RuleDue = null);

/// <param name="Status">done-on-time | done-late | pending | missed.</param>
public sealed record UnitProgress(string UnitId, string Name, string Status, string StatusText, DateTimeOffset? CompletedAt);

public sealed record NextReminder(DateTimeOffset At, int WorkingDaysBefore, IReadOnlyList<string> UnitIds);
