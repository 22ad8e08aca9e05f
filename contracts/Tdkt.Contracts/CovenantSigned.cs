namespace Tdkt.Contracts;

/// <summary>A member unit signed the cluster-year's covenant (giao ước thi đua).</summary>
public record CovenantSigned(string ClusterId, int Year, string UnitId, DateTimeOffset SignedAt);
