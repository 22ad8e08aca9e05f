using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Workflows.Migrations;

/// <summary>Each outbox row keeps the trace of the request or message that wrote it, so its publication continues that trace.</summary>
[DbContext(typeof(WorkflowsDb))]
[Migration("007_OutboxTraceContext")]
public sealed class V007_OutboxTraceContext : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxTraceContext(WorkflowsDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxTraceContext(WorkflowsDb.SchemaName);
}
