using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tdkt.Intake.Deadlines;

/// <summary>Which plan of a cluster-year the step deadlines come from, so an older plan arriving late is ignored.</summary>
public sealed class DeadlinePlan
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public long Revision { get; set; }
    public DateTimeOffset PlannedAt { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
}

public sealed class DeadlinePlanConfiguration : IEntityTypeConfiguration<DeadlinePlan>
{
    public void Configure(EntityTypeBuilder<DeadlinePlan> e)
    {
        e.ToTable("DeadlinePlans").HasKey(p => new { p.ClusterId, p.Year });
        // Two plans consumed at once: the slower save fails, is retried, and then sees the newer revision.
        e.Property(p => p.Revision).IsConcurrencyToken();
    }
}
