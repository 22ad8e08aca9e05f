using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Registry.Migrations;

[DbContext(typeof(RegistryDb))]
[Migration("001_Initial")]
public sealed class V001_Initial : Migration
{
    private const string S = RegistryDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.EnsureSchema(S);
        m.CreateOutboxAndInbox(S);
        m.CreateTable("Clusters", schema: S, columns: t => new
        {
            Id = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Authority = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Clusters", x => x.Id));
        m.CreateTable("Units", schema: S, columns: t => new
        {
            Id = t.Column<string>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Emails = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Units", x => x.Id));
        m.CreateIndex("IX_Units_ClusterId", "Units", "ClusterId", S);
        m.CreateTable("Years", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            HeadUnitId = t.Column<string>(nullable: false),
            DeputyUnitId = t.Column<string>(nullable: true),
            MemberUnitIds = t.Column<string>(nullable: false),
            OpenedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Years", x => new { x.ClusterId, x.Year }));
        m.CreateTable("Users", schema: S, columns: t => new
        {
            Id = t.Column<string>(nullable: false),
            DisplayName = t.Column<string>(nullable: false),
            Role = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Users", x => x.Id));
    }
}
