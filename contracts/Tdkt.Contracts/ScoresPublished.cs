namespace Tdkt.Contracts;

/// <summary>
/// The head made the appraised scores known. To the members (audience "members") it opens the window in which
/// they may object, until <paramref name="ObjectionsUntil"/>; ĐB also sends them to the board ("board").
/// </summary>
public record ScoresPublished(string ClusterId, int Year, string Audience, DateOnly? ObjectionsUntil, DateTimeOffset PublishedAt);
