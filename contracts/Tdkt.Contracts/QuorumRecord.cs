namespace Tdkt.Contracts;

/// <summary>
/// How the quorum was met. Rule: all, two-thirds or majority of the members. MajorityOf: members or present
/// (the base of the more-than-half rule for electing a candidate).
/// </summary>
public record QuorumRecord(string Rule, int Members, int Required, int Present, string MajorityOf, string Source);
