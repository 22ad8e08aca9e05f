using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Voting.Migrations;

/// <summary>Each outbox row keeps the trace of the request or message that wrote it, so its publication continues that trace.</summary>
[DbContext(typeof(VotingDb))]
[Migration("005_OutboxTraceContext")]
public sealed class V005_OutboxTraceContext : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddOutboxTraceContext(VotingDb.SchemaName);

    protected override void Down(MigrationBuilder m) => m.DropOutboxTraceContext(VotingDb.SchemaName);
}
