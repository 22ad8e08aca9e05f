namespace Tdkt.Contracts;

/// <summary>One step of a planned cluster-year, as services outside the runtime need it.</summary>
/// <param name="Event">The contract event that completes the step, e.g. SelfAssessmentSubmitted.</param>
/// <param name="Filter">Fields the event must carry to complete it (e.g. kind = annual); empty when none.</param>
/// <param name="DueDate">The last day on which the step is on time; null while its anchor has no date.</param>
/// <param name="DueAt">The end of <paramref name="DueDate"/> in Vietnam time (23:59:59, Asia/Ho_Chi_Minh).</param>
public record PlannedStep(
    string StepId,
    string Title,
    string Event,
    IReadOnlyDictionary<string, string> Filter,
    DateOnly? DueDate,
    DateTimeOffset? DueAt);
