namespace Tdkt.Contracts;

/// <summary>The unit answered an explanation request (text and files); its deadline is met.</summary>
public record ExplanationAnswered(Guid RequestId, string ClusterId, int Year, string UnitId, DateTimeOffset AnsweredAt);
