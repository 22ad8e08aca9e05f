using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tdkt.Registry.Frameworks;

public sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> e)
    {
        e.ToTable("FrameworkVersions").HasKey(f => new { f.FrameworkId, f.Version });
        e.Property(f => f.Revision).IsConcurrencyToken();
    }
}
