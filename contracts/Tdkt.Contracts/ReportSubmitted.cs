namespace Tdkt.Contracts;

/// <summary>A unit (or the head, for the draft summary) submitted a report.</summary>
/// <param name="Kind">six-month, annual or summary-draft.</param>
public record ReportSubmitted(string ClusterId, int Year, string UnitId, string Kind, DateTimeOffset SubmittedAt);
