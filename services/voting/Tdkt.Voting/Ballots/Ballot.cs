namespace Tdkt.Voting.Ballots;

/// <summary>
/// A cast ballot in the append-only box: its place in the round, the candidates it approves and its link in the
/// hash chain. It holds nothing about who cast it: no unit, no code, no time.
/// </summary>
public sealed class Ballot
{
    public Guid RoundId { get; set; }
    public int Seq { get; set; }
    public List<string> Choices { get; set; } = [];
    public required string Nonce { get; set; }
    public required string PreviousHash { get; set; }
    /// <summary>The caster's receipt.</summary>
    public required string Hash { get; set; }
}

/// <summary>The register of ballot codes: only their hashes, and whether each was used; never to whom it went.</summary>
public sealed class BallotCode
{
    public required string CodeHash { get; set; }
    public Guid RoundId { get; set; }
    public bool Used { get; set; }
}

/// <summary>That an attending unit received its one code for a round, so it gets no second one. Not which code.</summary>
public sealed class IssuedCode
{
    public Guid RoundId { get; set; }
    public required string UnitId { get; set; }
}
