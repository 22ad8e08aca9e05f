using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tdkt.Intake.Reports;

public sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> e)
    {
        e.ToTable("Reports").HasKey(r => r.Id);
        e.HasIndex(r => new { r.ClusterId, r.Year, r.UnitId });
        // Owned: a report's files are read and written with it, never alone.
        e.OwnsMany(r => r.Files, f =>
        {
            f.ToTable("ReportFiles");
            f.WithOwner().HasForeignKey(x => x.ReportId);
            f.HasKey(x => new { x.ReportId, x.Sha256 });
            f.HasIndex(x => x.Sha256);
        });
    }
}
