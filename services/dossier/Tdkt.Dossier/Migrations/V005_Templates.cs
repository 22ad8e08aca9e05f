using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Dossier.Migrations;

/// <summary>The templates an administrator uploaded for a cluster, one per document kind.</summary>
[DbContext(typeof(DossierDb))]
[Migration("005_Templates")]
public sealed class V005_Templates : Migration
{
    private const string S = DossierDb.SchemaName;

    protected override void Up(MigrationBuilder m) => m.CreateTable("Templates", schema: S, columns: t => new
    {
        ClusterId = t.Column<string>(nullable: false),
        Kind = t.Column<string>(nullable: false),
        Sha256 = t.Column<string>(nullable: false),
        FileName = t.Column<string>(nullable: false),
        Size = t.Column<long>(nullable: false),
        UploadedAt = t.Column<DateTimeOffset>(nullable: false),
        UploadedBy = t.Column<string>(nullable: false),
    }, constraints: t => t.PrimaryKey("PK_Templates", x => new { x.ClusterId, x.Kind }));
}
