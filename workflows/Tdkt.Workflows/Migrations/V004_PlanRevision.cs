using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Workflows.Migrations;

/// <summary>Each instance counts its plans, so StepsPlanned announcements can be ordered by their readers.</summary>
[DbContext(typeof(WorkflowsDb))]
[Migration("004_PlanRevision")]
public sealed class V004_PlanRevision : Migration
{
    private const string S = WorkflowsDb.SchemaName;

    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<long>("PlanRevision", "Instances", schema: S, nullable: false, defaultValue: 0L);

    protected override void Down(MigrationBuilder m) => m.DropColumn("PlanRevision", "Instances", schema: S);
}
