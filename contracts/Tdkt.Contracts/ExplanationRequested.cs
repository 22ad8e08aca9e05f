namespace Tdkt.Contracts;

/// <summary>
/// The head (or deputy) asked a unit to explain part of its self-assessment by <paramref name="DueDate"/>
/// (a number of working days from the request). The workflows runtime reminds the unit and reports a miss.
/// </summary>
/// <param name="CriterionId">The criterion questioned, null for the self-assessment as a whole.</param>
public record ExplanationRequested(
    Guid RequestId,
    string ClusterId,
    int Year,
    string UnitId,
    string? CriterionId,
    string Question,
    int WorkingDays,
    DateOnly DueDate,
    string RequestedBy,
    DateTimeOffset RequestedAt);
