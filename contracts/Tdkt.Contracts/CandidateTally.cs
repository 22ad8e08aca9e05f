namespace Tdkt.Contracts;

/// <summary>A candidate's votes in one ballot round, and whether the round elected them.</summary>
public record CandidateTally(string UnitId, string UnitName, int Votes, bool Elected);
