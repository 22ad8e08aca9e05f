using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;
using Tdkt.Registry.Calendar;
using Tdkt.Registry.Clusters;
using Tdkt.Registry.Frameworks;
using Tdkt.Registry.Units;
using Tdkt.Registry.Years;

namespace Tdkt.Registry;

public sealed class RegistryDb(DbContextOptions<RegistryDb> options) : ServiceDb(options)
{
    public const string SchemaName = "registry";
    public override string Schema => SchemaName;

    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<MemberUnit> Units => Set<MemberUnit>();
    public DbSet<EmulationYear> Years => Set<EmulationYear>();
    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Cluster>(e =>
        {
            e.ToTable("Clusters").HasKey(c => c.Id);
            e.Property(c => c.Kind).HasConversion<string>();
            e.Ignore(c => c.NextLeadership);
        });
        modelBuilder.Entity<MemberUnit>(e =>
        {
            e.ToTable("Units").HasKey(u => u.Id);
            e.HasIndex(u => u.ClusterId);
            e.Property(u => u.Emails).AsJson();
        });
        modelBuilder.Entity<EmulationYear>(e =>
        {
            e.ToTable("Years").HasKey(y => new { y.ClusterId, y.Year });
            e.Property(y => y.MemberUnitIds).AsJson();
            // Opening and assigning check what they read at save time (YearLocks).
            e.Property(y => y.OpenedAt).IsConcurrencyToken();
            e.Property(y => y.FrameworkId).IsConcurrencyToken();
            e.Property(y => y.FrameworkVersion).IsConcurrencyToken();
        });
        modelBuilder.ApplyConfiguration(new FrameworkVersionConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarOverrideConfiguration());
    }
}
