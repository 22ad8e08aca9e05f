namespace Tdkt.Voting.Ballots;

/// <summary>
/// One round of the secret ballot, for one award (or next year's head or deputy). The tally is stored only when
/// the head closes it; until then only the number of ballots cast is known to anybody.
/// </summary>
public sealed class BallotRound
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public required string AwardId { get; set; }
    public required string AwardName { get; set; }
    public int Seats { get; set; }
    public List<RoundCandidate> Candidates { get; set; } = [];
    /// <summary>The members, or the units present, by the cluster's rule; a candidate needs more than half of it.</summary>
    public int Base { get; set; }
    public int Threshold { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public required string OpenedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    /// <summary>Grows with each ballot; the concurrency token that keeps the chain from forking.</summary>
    public int BallotCount { get; set; }
    public required string LastHash { get; set; }
    public List<RoundCandidate> Result { get; set; } = [];

    public bool IsOpen => ClosedAt is null;
}

/// <summary>A candidate of a round; Votes and Elected are set when the round is closed.</summary>
public sealed class RoundCandidate
{
    public string UnitId { get; set; } = "";
    public string UnitName { get; set; } = "";
    public int Votes { get; set; }
    public bool Elected { get; set; }
}
