namespace Tdkt.Contracts;

/// <summary>
/// A unit let a step's deadline pass. Carries the definition's consequences so appraisal can apply
/// them: points to deduct and whether the unit is excluded from the year's emulation.
/// </summary>
/// <param name="Notified">Who was told: unit ids, and "board" for Ban TĐKT.</param>
public record DeadlineMissed(
    string ClusterId,
    int Year,
    string StepId,
    string StepTitle,
    string UnitId,
    DateOnly DueDate,
    DateTimeOffset DueAt,
    decimal Deduct,
    bool Exclude,
    IReadOnlyList<string> Notified,
    DateTimeOffset MissedAt);
