namespace Tdkt.Contracts;

/// <summary>The units the conference nominates for one award. DecidedBy: score, consensus or ballot.</summary>
public record AwardDecision(string AwardId, string Name, int Seats, IReadOnlyList<string> Winners, string DecidedBy);
