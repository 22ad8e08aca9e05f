using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Voting.Migrations;

/// <summary>The unsent outbox rows in claim order, indexed apart from the rows already sent.</summary>
[DbContext(typeof(VotingDb))]
[Migration("006_OutboxUnsentIndex")]
public sealed class V006_OutboxUnsentIndex : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxUnsentIndex(VotingDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxUnsentIndex(VotingDb.SchemaName);
}
