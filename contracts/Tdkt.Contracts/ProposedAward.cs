namespace Tdkt.Contracts;

/// <summary>
/// The proposal for one award: units decided by score, or candidates left to a vote for some seats.
/// Outcome: proposed, vote-required or no-candidate.
/// </summary>
public record ProposedAward(
    string AwardId,
    string Name,
    int Seats,
    string Outcome,
    IReadOnlyList<string> Proposed,
    IReadOnlyList<string> VoteCandidates,
    int VoteSeats,
    int SeatsForVoteLosers,
    IReadOnlyList<string> Notes);
