using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Intake.Migrations;

/// <summary>
/// The year's framework, and self-assessments as versions of per-kind inputs with a computed self-score.
/// Versions stored before had one number per criterion and no framework to read them with: they are dropped
/// (no year had been scored from them).
/// </summary>
[DbContext(typeof(IntakeDb))]
[Migration("002_YearFramework")]
public sealed class V002_YearFramework : Migration
{
    private const string S = IntakeDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddClusterYearFramework(S);
        m.DropTable("SelfAssessments", S);
        m.CreateTable("SelfAssessments", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            SubmittedBy = t.Column<string>(nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: false),
            Criteria = t.Column<string>(nullable: false),
            Bonus = t.Column<string>(nullable: false),
            SelfScore = t.Column<decimal>(nullable: false),
            DueAt = t.Column<DateTimeOffset>(nullable: true),
            DaysLate = t.Column<int>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_SelfAssessments", x => x.Id));
        m.CreateIndex("IX_SelfAssessments_ClusterId_Year_UnitId_Version", "SelfAssessments",
            ["ClusterId", "Year", "UnitId", "Version"], S, unique: true);
        m.CreateTable("SelfAssessmentDrafts", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            SavedBy = t.Column<string>(nullable: false),
            SavedAt = t.Column<DateTimeOffset>(nullable: false),
            Criteria = t.Column<string>(nullable: false),
            Bonus = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SelfAssessmentDrafts", x => new { x.ClusterId, x.Year, x.UnitId }));
    }
}
