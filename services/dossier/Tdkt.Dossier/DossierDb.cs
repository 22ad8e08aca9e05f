using Microsoft.EntityFrameworkCore;
using Tdkt.Dossier.Inputs;
using Tdkt.Dossier.Templates;
using Tdkt.Dossier.Versions;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Dossier;

public sealed class DossierDb(DbContextOptions<DossierDb> options) : ClusterYearsDb(options)
{
    public const string SchemaName = "dossier";
    public override string Schema => SchemaName;

    public DbSet<DossierYear> Years => Set<DossierYear>();
    public DbSet<AchievementReport> AchievementReports => Set<AchievementReport>();
    public DbSet<DossierVersion> Versions => Set<DossierVersion>();
    public DbSet<ClusterTemplate> Templates => Set<ClusterTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DossierYear>(e =>
        {
            e.ToTable("Years").HasKey(y => new { y.ClusterId, y.Year });
            e.Property(y => y.Revision).IsConcurrencyToken();
            e.Ignore(y => y.ScoresFinalized);
            e.Ignore(y => y.NominationsDecided);
            e.Ignore(y => y.LeadershipElected);
            e.Ignore(y => y.StepsPlanned);
        });
        modelBuilder.Entity<AchievementReport>(e =>
        {
            e.ToTable("AchievementReports").HasKey(r => r.ReportId);
            e.HasIndex(r => new { r.ClusterId, r.Year });
            e.Property(r => r.Files).AsJson();
        });
        modelBuilder.Entity<DossierVersion>(e =>
        {
            e.ToTable("Versions").HasKey(v => new { v.ClusterId, v.Year, v.Version });
            e.Property(v => v.Files).AsJson();
        });
        modelBuilder.Entity<ClusterTemplate>(e => e.ToTable("Templates").HasKey(t => new { t.ClusterId, t.Kind }));
    }
}
