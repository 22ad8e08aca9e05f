using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Workflows.Migrations;

/// <summary>The clusters the registry announced, so assigning a definition to an unknown cluster is refused.</summary>
[DbContext(typeof(WorkflowsDb))]
[Migration("003_Clusters")]
public sealed class V003_Clusters : Migration
{
    private const string S = WorkflowsDb.SchemaName;

    protected override void Up(MigrationBuilder m) =>
        m.CreateTable("Clusters", schema: S, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Name = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Clusters", x => x.ClusterId));

    protected override void Down(MigrationBuilder m) => m.DropTable("Clusters", schema: S);
}
