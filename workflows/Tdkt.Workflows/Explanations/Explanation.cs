namespace Tdkt.Workflows.Explanations;

/// <summary>
/// An explanation request as the runtime knows it. Request and answer travel on different queues, so
/// the answer may come first: the row then holds only the answer (<see cref="RequestedAt"/> null) and
/// the request, when it arrives, finds its obligation already done.
/// </summary>
public sealed class Explanation
{
    /// <summary>Obligations of explanations have step id "explanation:{requestId}"; definition step ids never contain a colon.</summary>
    public const string StepPrefix = "explanation:";

    public Guid RequestId { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public string? CriterionId { get; set; }
    public string? Question { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? RequestedBy { get; set; }
    public DateTimeOffset? RequestedAt { get; set; }
    /// <summary>The earliest answer received.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    public string StepId => StepIdOf(RequestId);

    public static string StepIdOf(Guid requestId) => StepPrefix + requestId.ToString("D");

    public static bool IsExplanation(string stepId) => stepId.StartsWith(StepPrefix, StringComparison.Ordinal);

    public static Guid? RequestIdOf(string stepId) =>
        IsExplanation(stepId) && Guid.TryParse(stepId.AsSpan(StepPrefix.Length), out var id) ? id : null;
}
