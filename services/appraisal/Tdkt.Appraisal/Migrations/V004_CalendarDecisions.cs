using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Appraisal.Migrations;

/// <summary>The registry's calendar decisions, so appraisal counts working days as the workflows runtime does.</summary>
[DbContext(typeof(AppraisalDb))]
[Migration("004_CalendarDecisions")]
public sealed class V004_CalendarDecisions : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable("CalendarDecisions", schema: AppraisalDb.SchemaName, columns: t => new
        {
            Year = t.Column<int>(nullable: false),
            DaysOff = t.Column<string>(nullable: false),
            WorkingDays = t.Column<string>(nullable: false),
            ChangedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CalendarDecisions", x => x.Year));
}
