namespace Tdkt.Workflows.Definitions;

/// <summary>A definition text planned for one cluster-year, before it is saved.</summary>
public sealed record DefinitionPreview(
    string DefinitionId,
    int Version,
    string Title,
    string ClusterId,
    int Year,
    IReadOnlyDictionary<string, DateOnly> KnownDates,
    IReadOnlyList<PreviewStep> Steps);

/// <param name="Kind">How the deadline is found: fixed | window | relative.</param>
/// <param name="DueText">"Thứ Sáu, 13/01/2023".</param>
/// <param name="Computed">How the deadline was computed, in Vietnamese (the rule, the step it counts from, the shift off holidays).</param>
/// <param name="Anchor">For a relative rule: the step it counts from and the offset.</param>
public sealed record PreviewStep(
    string StepId,
    string Title,
    string Actor,
    string CompletedBy,
    string Kind,
    DateOnly? Due,
    string? DueText,
    DateOnly? Opens,
    DateOnly? Scheduled,
    DateOnly? RuleDue,
    string Computed,
    string? NotDatedReason,
    PreviewAnchor? Anchor,
    IReadOnlyList<PreviewReminder> Reminders);

/// <param name="Direction">before | after.</param>
public sealed record PreviewAnchor(string StepId, string Direction, int Amount, bool WorkingDays);

/// <param name="Passed">Its moment is already past: a year planned now would skip it.</param>
public sealed record PreviewReminder(
    DateOnly Date,
    string DateText,
    DateTimeOffset At,
    int WorkingDaysBefore,
    bool Passed,
    IReadOnlyList<PreviewRecipient> Recipients);

public sealed record PreviewRecipient(string UnitId, string Name);
