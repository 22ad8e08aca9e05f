using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Appraisal.Migrations;

/// <summary>The unsent outbox rows in claim order, indexed apart from the rows already sent.</summary>
[DbContext(typeof(AppraisalDb))]
[Migration("006_OutboxUnsentIndex")]
public sealed class V006_OutboxUnsentIndex : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxUnsentIndex(AppraisalDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxUnsentIndex(AppraisalDb.SchemaName);
}
