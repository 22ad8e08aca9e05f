using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;

namespace Tdkt.Platform.ClusterYears;

/// <summary>A service database that keeps its own copy of the opened cluster-years.</summary>
public abstract class ClusterYearsDb(DbContextOptions options) : ServiceDb(options)
{
    public DbSet<ClusterYearCopy> ClusterYears => Set<ClusterYearCopy>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ClusterYearCopy>(e =>
        {
            e.ToTable("ClusterYears").HasKey(y => new { y.ClusterId, y.Year });
            e.Property(y => y.Members).AsJson();
        });
    }
}
