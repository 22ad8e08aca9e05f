using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Registry.Migrations;

/// <summary>The unsent outbox rows in claim order, indexed apart from the rows already sent.</summary>
[DbContext(typeof(RegistryDb))]
[Migration("009_OutboxUnsentIndex")]
public sealed class V009_OutboxUnsentIndex : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxUnsentIndex(RegistryDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxUnsentIndex(RegistryDb.SchemaName);
}
