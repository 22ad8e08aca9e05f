using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Voting.Migrations;

[DbContext(typeof(VotingDb))]
[Migration("002_YearFramework")]
public sealed class V002_YearFramework : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddClusterYearFramework(VotingDb.SchemaName);
}
