using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Dossier.Migrations;

/// <summary>What a dossier is made from, and its versions (each package kept in the shared file store by SHA-256).</summary>
[DbContext(typeof(DossierDb))]
[Migration("003_Dossiers")]
public sealed class V003_Dossiers : Migration
{
    private const string S = DossierDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Years", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), Scores = t.Column<string>(nullable: true),
            Nominations = t.Column<string>(nullable: true), Leadership = t.Column<string>(nullable: true),
            Plan = t.Column<string>(nullable: true), PlanRevision = t.Column<long>(nullable: false), Revision = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Years", x => new { x.ClusterId, x.Year }));
        m.CreateTable("AchievementReports", schema: S, columns: t => new
        {
            ReportId = t.Column<Guid>(nullable: false), ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false), SubmittedAt = t.Column<DateTimeOffset>(nullable: false), Files = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AchievementReports", x => x.ReportId));
        m.CreateIndex("IX_AchievementReports_ClusterId_Year", "AchievementReports", ["ClusterId", "Year"], S);
        m.CreateTable("Versions", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false), Year = t.Column<int>(nullable: false), Version = t.Column<int>(nullable: false),
            Status = t.Column<string>(nullable: false), CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            PackageSha256 = t.Column<string>(nullable: false), PackageSize = t.Column<long>(nullable: false), Files = t.Column<string>(nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: true), SubmittedBy = t.Column<string>(nullable: true),
            DecidedAt = t.Column<DateTimeOffset>(nullable: true), DecidedBy = t.Column<string>(nullable: true), ReturnReason = t.Column<string>(nullable: true),
            DueDate = t.Column<DateOnly>(nullable: true), DaysLate = t.Column<int>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Versions", x => new { x.ClusterId, x.Year, x.Version }));
    }
}
