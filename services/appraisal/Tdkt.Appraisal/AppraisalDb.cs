using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.SelfAssessments;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Appraisal;

public sealed class AppraisalDb(DbContextOptions<AppraisalDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "appraisal";
    public override string Schema => SchemaName;

    public DbSet<ReceivedSelfAssessment> SelfAssessments => Set<ReceivedSelfAssessment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ReceivedSelfAssessment>(e =>
        {
            e.ToTable("SelfAssessments").HasKey(s => s.SubmissionId);
            e.HasIndex(s => new { s.ClusterId, s.Year });
            e.Property(s => s.Criteria).AsJson();
        });
    }
}
