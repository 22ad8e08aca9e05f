using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Registry.Migrations;

/// <summary>Each outbox row keeps the trace of the request or message that wrote it, so its publication continues that trace.</summary>
[DbContext(typeof(RegistryDb))]
[Migration("008_OutboxTraceContext")]
public sealed class V008_OutboxTraceContext : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxTraceContext(RegistryDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxTraceContext(RegistryDb.SchemaName);
}
