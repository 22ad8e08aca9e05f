using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Registry.Migrations;

/// <summary>Scoring framework versions, and the version each emulation year is scored with.</summary>
[DbContext(typeof(RegistryDb))]
[Migration("003_Frameworks")]
public sealed class V003_Frameworks : Migration
{
    private const string S = RegistryDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("FrameworkVersions", schema: S, columns: t => new
        {
            FrameworkId = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Yaml = t.Column<string>(nullable: false),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            ChangedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_FrameworkVersions", x => new { x.FrameworkId, x.Version }));
        m.AddColumn<string>("FrameworkId", "Years", schema: S, nullable: true);
        m.AddColumn<int>("FrameworkVersion", "Years", schema: S, nullable: true);
    }
}
