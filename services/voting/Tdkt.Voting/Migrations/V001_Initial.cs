using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Voting.Migrations;

[DbContext(typeof(VotingDb))]
[Migration("001_Initial")]
public sealed class V001_Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.EnsureSchema(VotingDb.SchemaName);
        m.CreateOutboxAndInbox(VotingDb.SchemaName);
        m.CreateClusterYearCopy(VotingDb.SchemaName);
    }
}
