using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Intake.Migrations;

[DbContext(typeof(IntakeDb))]
[Migration("004_Reports")]
public sealed class V004_Reports : Migration
{
    private const string S = IntakeDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Reports", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: true),
            Note = t.Column<string>(nullable: true),
            SubmittedBy = t.Column<string>(nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: false),
            DueAt = t.Column<DateTimeOffset>(nullable: true),
            LateBy = t.Column<TimeSpan>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Reports", x => x.Id));
        m.CreateIndex("IX_Reports_ClusterId_Year_UnitId", "Reports", ["ClusterId", "Year", "UnitId"], S);
        m.CreateTable("ReportFiles", schema: S, columns: t => new
        {
            ReportId = t.Column<Guid>(nullable: false),
            Sha256 = t.Column<string>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Name = t.Column<string>(nullable: false),
            ContentType = t.Column<string>(nullable: false),
            Size = t.Column<long>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ReportFiles", x => new { x.ReportId, x.Sha256 });
            t.ForeignKey("FK_ReportFiles_Reports_ReportId", x => x.ReportId, principalTable: "Reports", principalSchema: S,
                principalColumn: "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_ReportFiles_Sha256", "ReportFiles", "Sha256", S);
    }
}
