namespace Tdkt.Voting.Nominations;

/// <summary>
/// The nomination at the summary conference of a cluster-year: opened once the quorum is present, by consensus
/// (moving to a secret ballot on any objection) or by secret ballot; decided once, then the leadership once.
/// </summary>
public sealed class Election
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string Method { get; set; }
    public required string QuorumRule { get; set; }
    public int Members { get; set; }
    public int Required { get; set; }
    public int Present { get; set; }
    public required string MajorityOf { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public required string OpenedBy { get; set; }
    public string? ObjectedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? Decision { get; set; }
    public DateTimeOffset? LeadershipDecidedAt { get; set; }
    public string? Leadership { get; set; }
}

/// <summary>An attending unit's answer to the proposed ranking under consensus.</summary>
public sealed class ConsensusAnswer
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public bool Agrees { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset At { get; set; }
}
