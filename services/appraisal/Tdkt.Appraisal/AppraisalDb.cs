using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Appraisals;
using Tdkt.Appraisal.Audit;
using Tdkt.Appraisal.Commitments;
using Tdkt.Appraisal.Deductions;
using Tdkt.Appraisal.Explanations;
using Tdkt.Appraisal.Publication;
using Tdkt.Appraisal.SelfAssessments;
using Tdkt.Appraisal.Statuses;
using Tdkt.Appraisal.WorkingDays;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Appraisal;

public sealed class AppraisalDb(DbContextOptions<AppraisalDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "appraisal";
    public override string Schema => SchemaName;

    public DbSet<ReceivedSelfAssessment> SelfAssessments => Set<ReceivedSelfAssessment>();
    public DbSet<AppraisedValue> AppraisedValues => Set<AppraisedValue>();
    public DbSet<RecordedDeduction> Deductions => Set<RecordedDeduction>();
    public DbSet<UnitStatusFact> StatusFacts => Set<UnitStatusFact>();
    public DbSet<ExplanationRequest> Explanations => Set<ExplanationRequest>();
    public DbSet<AppraisalYear> AppraisalYears => Set<AppraisalYear>();
    public DbSet<Objection> Objections => Set<Objection>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<UnitCommitment> Commitments => Set<UnitCommitment>();
    public DbSet<CalendarDecision> CalendarDecisions => Set<CalendarDecision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ReceivedSelfAssessment>(e =>
        {
            e.ToTable("SelfAssessments").HasKey(s => s.SubmissionId);
            e.HasIndex(s => new { s.ClusterId, s.Year });
            e.Property(s => s.Criteria).AsJson();
            e.Property(s => s.Bonus).AsJson();
        });
        modelBuilder.Entity<AppraisedValue>(e =>
        {
            e.ToTable("AppraisedValues").HasKey(v => new { v.ClusterId, v.Year, v.UnitId, v.Section, v.CriterionId });
            e.Property(v => v.Input).AsJson();
            e.Property(v => v.Revision).IsConcurrencyToken();
        });
        modelBuilder.Entity<RecordedDeduction>(e =>
        {
            e.ToTable("Deductions").HasKey(d => d.Id);
            e.HasIndex(d => new { d.ClusterId, d.Year, d.SourceKey }).IsUnique();
            e.Property(d => d.Evidence).AsJson();
        });
        modelBuilder.Entity<UnitStatusFact>(e =>
        {
            e.ToTable("StatusFacts").HasKey(f => f.Id);
            e.HasIndex(f => new { f.ClusterId, f.Year, f.SourceKey }).IsUnique();
        });
        modelBuilder.Entity<ExplanationRequest>(e =>
        {
            e.ToTable("Explanations").HasKey(x => x.Id);
            e.HasIndex(x => new { x.ClusterId, x.Year, x.UnitId });
            e.Property(x => x.AnswerFiles).AsJson();
        });
        modelBuilder.Entity<AppraisalYear>(e => e.ToTable("AppraisalYears").HasKey(y => new { y.ClusterId, y.Year }));
        modelBuilder.Entity<Objection>(e =>
        {
            e.ToTable("Objections").HasKey(o => o.Id);
            e.HasIndex(o => new { o.ClusterId, o.Year });
        });
        modelBuilder.Entity<UnitCommitment>(e => e.ToTable("Commitments").HasKey(x => new { x.ClusterId, x.Year, x.UnitId }));
        modelBuilder.Entity<CalendarDecision>(e =>
        {
            e.ToTable("CalendarDecisions").HasKey(d => d.Year);
            e.Property(d => d.Year).ValueGeneratedNever();
            e.Property(d => d.DaysOff).AsJson();
            e.Property(d => d.WorkingDays).AsJson();
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("Audit").HasKey(a => a.Id);
            e.HasIndex(a => new { a.ClusterId, a.Year, a.UnitId });
        });
    }
}
