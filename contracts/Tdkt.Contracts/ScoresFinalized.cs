namespace Tdkt.Contracts;

/// <summary>The cluster matched and agreed the scores of the year.</summary>
public record ScoresFinalized(string ClusterId, int Year, DateTimeOffset FinalizedAt);
