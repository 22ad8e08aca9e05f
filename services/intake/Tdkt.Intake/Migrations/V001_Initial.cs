using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake.Migrations;

[DbContext(typeof(IntakeDb))]
[Migration("001_Initial")]
public sealed class V001_Initial : Migration
{
    private const string S = IntakeDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.EnsureSchema(S);
        m.CreateOutboxAndInbox(S);
        m.CreateClusterYearCopy(S);
        m.CreateTable("SelfAssessments", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            SubmittedBy = t.Column<string>(nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: false),
            Criteria = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SelfAssessments", x => x.Id));
        m.CreateIndex("IX_SelfAssessments_ClusterId_Year_UnitId", "SelfAssessments", ["ClusterId", "Year", "UnitId"], S);
    }
}
