using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Workflows.Migrations;

/// <summary>The runtime's tables. Instants are bigint Unix milliseconds (see UnixMilliseconds).</summary>
[DbContext(typeof(WorkflowsDb))]
[Migration("002_Runtime")]
public sealed class V002_Runtime : Migration
{
    private const string S = WorkflowsDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("Definitions", schema: S, columns: t => new
        {
            Id = t.Column<string>(nullable: false),
            Version = t.Column<int>(nullable: false),
            Title = t.Column<string>(nullable: false),
            Yaml = t.Column<string>(nullable: false),
            Published = t.Column<bool>(nullable: false),
            SavedAt = t.Column<long>(nullable: false),
            PublishedAt = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Definitions", x => new { x.Id, x.Version }));
        m.CreateTable("Assignments", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            AssignedAt = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Assignments", x => x.ClusterId));
        m.CreateTable("Instances", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            DefinitionId = t.Column<string>(nullable: false),
            DefinitionVersion = t.Column<int>(nullable: false),
            KnownDates = t.Column<string>(nullable: false),
            CreatedAt = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Instances", x => new { x.ClusterId, x.Year }));
        CreateObligations(m);
        CreateTimers(m);
        CreateNotices(m);
        CreateEscalations(m);
        m.CreateTable("CalendarOverrides", schema: S, columns: t => new
        {
            Year = t.Column<int>(nullable: false),
            DaysOff = t.Column<string>(nullable: false),
            WorkingDays = t.Column<string>(nullable: false),
            ChangedAt = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CalendarOverrides", x => x.Year));
    }

    private static void CreateObligations(MigrationBuilder m)
    {
        m.CreateTable("Obligations", schema: S, columns: t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: true),
            DueAt = t.Column<long>(nullable: true),
            CompletedAt = t.Column<long>(nullable: true),
            MissedAt = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Obligations", x => x.Id));
        m.CreateIndex("IX_Obligations_ClusterId_Year_StepId_UnitId", "Obligations",
            ["ClusterId", "Year", "StepId", "UnitId"], S, unique: true);
    }

    private static void CreateTimers(MigrationBuilder m)
    {
        m.CreateTable("Timers", schema: S, columns: t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            ObligationId = t.Column<long>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            Offset = t.Column<int>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: false),
            FireAt = t.Column<long>(nullable: false),
            FiredAt = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Timers", x => x.Id));
        m.CreateIndex("IX_Timers_ObligationId_Kind_Offset_DueDate", "Timers",
            ["ObligationId", "Kind", "Offset", "DueDate"], S, unique: true);
        // Only unfired timers are ever searched by instant; fired ones stay as the record of what was sent.
        m.CreateIndex("IX_Timers_FireAt", "Timers", "FireAt", S, filter: "\"FiredAt\" IS NULL");
        m.CreateIndex("IX_Timers_ClusterId_Year", "Timers", ["ClusterId", "Year"], S);
    }

    private static void CreateNotices(MigrationBuilder m)
    {
        m.CreateTable("Notices", schema: S, columns: t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            TimerId = t.Column<long>(nullable: false),
            Recipient = t.Column<string>(nullable: false),
            Kind = t.Column<int>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: false),
            Subject = t.Column<string>(nullable: false),
            Body = t.Column<string>(nullable: false),
            CreatedAt = t.Column<long>(nullable: false),
            ReadAt = t.Column<long>(nullable: true),
            EmailTo = t.Column<string>(nullable: true),
            EmailState = t.Column<int>(nullable: false),
            EmailAttempts = t.Column<int>(nullable: false),
            EmailNextAttemptAt = t.Column<long>(nullable: true),
            EmailSentAt = t.Column<long>(nullable: true),
            EmailError = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Notices", x => x.Id));
        m.CreateIndex("IX_Notices_TimerId_Recipient", "Notices", ["TimerId", "Recipient"], S, unique: true);
        m.CreateIndex("IX_Notices_Recipient", "Notices", "Recipient", S);
        m.CreateIndex("IX_Notices_EmailState", "Notices", "EmailState", S);
    }

    private static void CreateEscalations(MigrationBuilder m)
    {
        m.CreateTable("Escalations", schema: S, columns: t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ObligationId = t.Column<long>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            StepId = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            DueDate = t.Column<DateOnly>(nullable: false),
            Deduct = t.Column<decimal>(nullable: false),
            Exclude = t.Column<bool>(nullable: false),
            Notified = t.Column<string>(nullable: false),
            MissedAt = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Escalations", x => x.Id));
        m.CreateIndex("IX_Escalations_ObligationId_DueDate", "Escalations", ["ObligationId", "DueDate"], S, unique: true);
    }
}
