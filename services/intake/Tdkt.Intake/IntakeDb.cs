using Microsoft.EntityFrameworkCore;
using Tdkt.Intake.SelfAssessments;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake;

public sealed class IntakeDb(DbContextOptions<IntakeDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "intake";
    public override string Schema => SchemaName;

    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SelfAssessment>(e =>
        {
            e.ToTable("SelfAssessments").HasKey(s => s.Id);
            e.HasIndex(s => new { s.ClusterId, s.Year, s.UnitId });
            e.Property(s => s.Criteria).AsJson();
        });
    }
}
