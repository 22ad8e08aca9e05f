using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Registry.Migrations;

[DbContext(typeof(RegistryDb))]
[Migration("006_FrameworkRevision")]
public sealed class V006_FrameworkRevision : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<int>("Revision", "FrameworkVersions", schema: RegistryDb.SchemaName, nullable: false, defaultValue: 0);
}
