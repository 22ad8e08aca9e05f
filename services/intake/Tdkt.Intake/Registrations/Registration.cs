using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Contracts;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake.Registrations;

/// <summary>
/// One version of a unit's emulation registration for the year (đăng ký thi đua). A re-registration adds
/// the next version and marks this one replaced; every version is kept.
/// </summary>
public sealed class Registration
{
    public Guid Id { get; set; }
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public int Version { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? ReplacedAt { get; set; }
    public List<RegisteredTarget> Targets { get; set; } = [];
    public List<EmulationModel> Models { get; set; } = [];
    public List<Exemplar> Exemplars { get; set; } = [];
    public string? Commitments { get; set; }
}

/// <summary>A model the unit undertakes to build (mô hình).</summary>
public sealed record EmulationModel(string Name, string? Description);

/// <summary>An exemplary person the unit puts forward (điển hình tiên tiến).</summary>
public sealed record Exemplar(string Name, string Position);

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> e)
    {
        e.ToTable("Registrations").HasKey(r => r.Id);
        // Two registrations racing for the same version: the second fails on the key instead of forking the history.
        e.HasIndex(r => new { r.ClusterId, r.Year, r.UnitId, r.Version }).IsUnique();
        e.Property(r => r.Targets).AsJson();
        e.Property(r => r.Models).AsJson();
        e.Property(r => r.Exemplars).AsJson();
    }
}
