using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake.SelfAssessments;

public sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>, IEntityTypeConfiguration<SelfAssessmentDraft>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> e)
    {
        e.ToTable("SelfAssessments").HasKey(s => s.Id);
        // Two submissions at once both chose version n + 1: the unique index refuses one, which retries.
        e.HasIndex(s => new { s.ClusterId, s.Year, s.UnitId, s.Version }).IsUnique();
        e.Property(s => s.Criteria).AsJson();
        e.Property(s => s.Bonus).AsJson();
    }

    public void Configure(EntityTypeBuilder<SelfAssessmentDraft> e)
    {
        e.ToTable("SelfAssessmentDrafts").HasKey(d => new { d.ClusterId, d.Year, d.UnitId });
        e.Property(d => d.Criteria).AsJson();
        e.Property(d => d.Bonus).AsJson();
    }
}
