namespace Tdkt.Contracts;

/// <summary>A unit (or the head, for the draft summary) submitted a report; <see cref="SubmittedAt"/> is intake's server time.</summary>
/// <param name="Kind">six-month, annual, achievement, ad-hoc or summary-draft: the workflows' steps match on it.</param>
/// <param name="Files">The report's files, each kept in the shared file store under its SHA-256.</param>
public record ReportSubmitted(
    string ClusterId,
    int Year,
    string UnitId,
    string Kind,
    DateTimeOffset SubmittedAt,
    Guid ReportId,
    IReadOnlyList<SubmittedFile> Files);
