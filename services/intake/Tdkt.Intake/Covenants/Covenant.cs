using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tdkt.Intake.Covenants;

/// <summary>The cluster-year's covenant (giao ước thi đua) as its head confirmed it: what the members sign.</summary>
public sealed class Covenant
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string Content { get; set; }
    /// <summary>The date of the covenant (the signing conference's day).</summary>
    public DateOnly Date { get; set; }
    public required string ConfirmedBy { get; set; }
    public DateTimeOffset ConfirmedAt { get; set; }
}

/// <summary>A member unit's signature of its cluster-year's covenant; one per unit, never a second.</summary>
public sealed class CovenantSignature
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public required string SignedBy { get; set; }
    public DateTimeOffset SignedAt { get; set; }
}

public sealed class CovenantConfiguration : IEntityTypeConfiguration<Covenant>
{
    public void Configure(EntityTypeBuilder<Covenant> e) => e.ToTable("Covenants").HasKey(c => new { c.ClusterId, c.Year });
}

public sealed class CovenantSignatureConfiguration : IEntityTypeConfiguration<CovenantSignature>
{
    public void Configure(EntityTypeBuilder<CovenantSignature> e) =>
        e.ToTable("CovenantSignatures").HasKey(s => new { s.ClusterId, s.Year, s.UnitId });
}
