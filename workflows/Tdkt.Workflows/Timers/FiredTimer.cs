namespace Tdkt.Workflows.Timers;

/// <summary>What one timer did when it fired; Skipped when the unit had completed the step meanwhile.</summary>
public sealed record FiredTimer(
    TimerKind Kind,
    string ClusterId,
    int Year,
    string StepId,
    string StepTitle,
    string UnitId,
    DateOnly DueDate,
    int WorkingDaysLeft,
    DateTimeOffset FireAt,
    bool Skipped);
