namespace Tdkt.Scoring.Awards;

public enum AwardOutcome
{
    /// <summary>Đề nghị: units decided by score.</summary>
    Proposed,
    /// <summary>Cần bỏ phiếu: a tie across the last seat, or members did not agree.</summary>
    VoteRequired,
    /// <summary>Không có đơn vị đủ điều kiện.</summary>
    NoCandidate,
}

/// <summary>
/// Proposal for one award. <see cref="Proposed"/> are decided; <see cref="VoteCandidates"/> compete by vote for
/// <see cref="VoteSeats"/>; <see cref="SeatsForVoteLosers"/> seats wait for the units not chosen in the previous vote.
/// </summary>
public sealed record AwardProposal(
    string AwardId,
    string AwardName,
    int Seats,
    AwardOutcome Outcome,
    IReadOnlyList<string> Proposed,
    IReadOnlyList<string> VoteCandidates,
    int VoteSeats,
    int SeatsForVoteLosers,
    IReadOnlyList<string> Notes);
