using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Dossier.Migrations;

/// <summary>The unsent outbox rows in claim order, indexed apart from the rows already sent.</summary>
[DbContext(typeof(DossierDb))]
[Migration("007_OutboxUnsentIndex")]
public sealed class V007_OutboxUnsentIndex : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxUnsentIndex(DossierDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxUnsentIndex(DossierDb.SchemaName);
}
