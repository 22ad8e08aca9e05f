namespace Tdkt.Contracts;

/// <summary>The head made the appraised scores known.</summary>
/// <param name="Audience">Who received them: board (Ban TĐKT) or members.</param>
public record AppraisalPublished(string ClusterId, int Year, string Audience, DateTimeOffset PublishedAt);
