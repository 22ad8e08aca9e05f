namespace Tdkt.Workflows.Progress;

public sealed record ProgressReport(
    string ClusterId,
    int Year,
    string DefinitionId,
    int DefinitionVersion,
    IReadOnlyDictionary<string, DateOnly> KnownDates,
    IReadOnlyList<StepProgress> Steps);

/// <param name="DueText">The due date as users read it: "Thứ Hai, 26/12/2022".</param>
/// <param name="NotDatedReason">Why there is no due date yet (its anchor has no date).</param>
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
    IReadOnlyList<NextReminder> NextReminders);

/// <param name="Status">done-on-time | done-late | pending | missed.</param>
public sealed record UnitProgress(string UnitId, string Name, string Status, string StatusText, DateTimeOffset? CompletedAt);

public sealed record NextReminder(DateTimeOffset At, int WorkingDaysBefore, IReadOnlyList<string> UnitIds);
