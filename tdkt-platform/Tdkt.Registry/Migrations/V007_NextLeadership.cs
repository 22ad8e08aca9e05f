using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Registry.Migrations;

/// <summary>The head and deputy a summary conference chose for a year not created yet (Cluster.NextLeadership).</summary>
[DbContext(typeof(RegistryDb))]
[Migration("007_NextLeadership")]
public sealed class V007_NextLeadership : Migration
{
    private const string S = RegistryDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("NextLeadershipForYear", "Clusters", schema: S, nullable: true);
        m.AddColumn<string>("NextHeadUnitId", "Clusters", schema: S, nullable: true);
        m.AddColumn<string>("NextDeputyUnitId", "Clusters", schema: S, nullable: true);
        m.AddColumn<string>("NextLeadershipHow", "Clusters", schema: S, nullable: true);
        m.AddColumn<int>("NextLeadershipDecidedAtYear", "Clusters", schema: S, nullable: true);
        m.AddColumn<DateTimeOffset>("NextLeadershipDecidedAt", "Clusters", schema: S, nullable: true);
    }
}
