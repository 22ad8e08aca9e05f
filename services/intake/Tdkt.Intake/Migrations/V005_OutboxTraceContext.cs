using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake.Migrations;

/// <summary>Each outbox row keeps the trace of the request or message that wrote it, so its publication continues that trace.</summary>
[DbContext(typeof(IntakeDb))]
[Migration("005_OutboxTraceContext")]
public sealed class V005_OutboxTraceContext : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxTraceContext(IntakeDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxTraceContext(IntakeDb.SchemaName);
}
