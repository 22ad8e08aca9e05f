using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake.Migrations;

/// <summary>The unsent outbox rows in claim order, indexed apart from the rows already sent.</summary>
[DbContext(typeof(IntakeDb))]
[Migration("006_OutboxUnsentIndex")]
public sealed class V006_OutboxUnsentIndex : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxUnsentIndex(IntakeDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxUnsentIndex(IntakeDb.SchemaName);
}
