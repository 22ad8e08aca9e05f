namespace Tdkt.Contracts;

/// <summary>A unit that has not completed a step was reminded of its deadline (in-app and by e-mail).</summary>
/// <param name="WorkingDaysLeft">The definition's offset: 0 means the due day itself.</param>
public record DeadlineReminderDue(
    long ReminderId,
    string ClusterId,
    int Year,
    string StepId,
    string StepTitle,
    string UnitId,
    DateOnly DueDate,
    int WorkingDaysLeft,
    DateTimeOffset RemindedAt);
