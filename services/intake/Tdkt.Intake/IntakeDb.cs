using Microsoft.EntityFrameworkCore;
using Tdkt.Intake.Covenants;
using Tdkt.Intake.Deadlines;
using Tdkt.Intake.Registrations;
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
    public DbSet<StepDeadline> StepDeadlines => Set<StepDeadline>();
    public DbSet<DeadlinePlan> DeadlinePlans => Set<DeadlinePlan>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Covenant> Covenants => Set<Covenant>();
    public DbSet<CovenantSignature> CovenantSignatures => Set<CovenantSignature>();
    public DbSet<Report> Reports => Set<Report>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration<SelfAssessment>(new SelfAssessmentConfiguration());
        modelBuilder.ApplyConfiguration<SelfAssessmentDraft>(new SelfAssessmentConfiguration());
        modelBuilder.ApplyConfiguration(new StepDeadlineConfiguration());
        modelBuilder.ApplyConfiguration(new DeadlinePlanConfiguration());
        modelBuilder.ApplyConfiguration(new RegistrationConfiguration());
        modelBuilder.ApplyConfiguration(new CovenantConfiguration());
        modelBuilder.ApplyConfiguration(new CovenantSignatureConfiguration());
        modelBuilder.ApplyConfiguration(new ReportConfiguration());
    }
}
