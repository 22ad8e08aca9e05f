using Tdkt.Platform.ClusterYears;

namespace Tdkt.Intake.Covenants;

/// <summary>The covenant with who signed it and when, and who has not yet.</summary>
public sealed record CovenantView(
    string ClusterId, int Year, bool Confirmed, string? Content, DateOnly? Date, string? ConfirmedBy, DateTimeOffset? ConfirmedAt,
    IReadOnlyList<SignedUnit> Signed, IReadOnlyList<UnsignedUnit> NotSigned)
{
    public static CovenantView Of(ClusterYearCopy year, Covenant? covenant, IReadOnlyCollection<CovenantSignature> signatures)
    {
        var byUnit = signatures.ToDictionary(s => s.UnitId);
        return new CovenantView(year.ClusterId, year.Year, covenant is not null, covenant?.Content, covenant?.Date,
            covenant?.ConfirmedBy, covenant?.ConfirmedAt,
            year.Members.Where(m => byUnit.ContainsKey(m.UnitId)).Select(m => new SignedUnit(m.UnitId, m.Name, byUnit[m.UnitId].SignedAt)).ToList(),
            year.Members.Where(m => !byUnit.ContainsKey(m.UnitId)).Select(m => new UnsignedUnit(m.UnitId, m.Name)).ToList());
    }
}

public sealed record SignedUnit(string UnitId, string Name, DateTimeOffset SignedAt);

public sealed record UnsignedUnit(string UnitId, string Name);

/// <summary>A unit's signature, as the unit's receipt.</summary>
public sealed record SignatureView(string ClusterId, int Year, string UnitId, DateTimeOffset SignedAt)
{
    public static SignatureView Of(CovenantSignature s) => new(s.ClusterId, s.Year, s.UnitId, s.SignedAt);
}
