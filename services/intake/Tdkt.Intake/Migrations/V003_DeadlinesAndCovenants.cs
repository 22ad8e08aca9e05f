using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Intake.Migrations;

/// <summary>The workflows runtime's deadlines as intake keeps them, registrations, the covenant and its signatures.</summary>
[DbContext(typeof(IntakeDb))]
[Migration("003_DeadlinesAndCovenants")]
public sealed class V003_DeadlinesAndCovenants : Migration
{
    private const string S = IntakeDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("DeadlinePlans", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Revision = t.Column<long>(nullable: false),
            PlannedAt = t.Column<DateTimeOffset>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            DefinitionVersion = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DeadlinePlans", x => new { x.ClusterId, x.Year }));
        m.CreateTable("StepDeadlines", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Event = t.Column<string>(nullable: false),
            Filter = t.Column<string>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: true),
            DueAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_StepDeadlines", x => new { x.ClusterId, x.Year, x.StepId }));
        m.CreateTable("Registrations", schema: S, columns: t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            SubmittedBy = t.Column<string>(nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: false),
            ReplacedAt = t.Column<DateTimeOffset>(nullable: true),
            Targets = t.Column<string>(nullable: false),
            Models = t.Column<string>(nullable: false),
            Exemplars = t.Column<string>(nullable: false),
            Commitments = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Registrations", x => x.Id));
        m.CreateIndex("IX_Registrations_ClusterId_Year_UnitId_Version", "Registrations",
            ["ClusterId", "Year", "UnitId", "Version"], S, unique: true);
        m.CreateTable("Covenants", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Content = t.Column<string>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            ConfirmedBy = t.Column<string>(nullable: false),
            ConfirmedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Covenants", x => new { x.ClusterId, x.Year }));
        m.CreateTable("CovenantSignatures", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            SignedBy = t.Column<string>(nullable: false),
            SignedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CovenantSignatures", x => new { x.ClusterId, x.Year, x.UnitId }));
    }
}
