using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Dossier.Migrations;

/// <summary>Each outbox row keeps the trace of the request or message that wrote it, so its publication continues that trace.</summary>
[DbContext(typeof(DossierDb))]
[Migration("006_OutboxTraceContext")]
public sealed class V006_OutboxTraceContext : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxTraceContext(DossierDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxTraceContext(DossierDb.SchemaName);
}
