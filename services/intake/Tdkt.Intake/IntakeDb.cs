using Microsoft.EntityFrameworkCore;
using Tdkt.Intake.Reports;
using Tdkt.Intake.SelfAssessments;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Intake;

public sealed class IntakeDb(DbContextOptions<IntakeDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "intake";
    public override string Schema => SchemaName;

    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<SelfAssessmentDraft> SelfAssessmentDrafts => Set<SelfAssessmentDraft>();
    public DbSet<Report> Reports => Set<Report>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration<SelfAssessment>(new SelfAssessmentConfiguration());
        modelBuilder.ApplyConfiguration<SelfAssessmentDraft>(new SelfAssessmentConfiguration());
        modelBuilder.ApplyConfiguration(new ReportConfiguration());
    }
}
