using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Workflows.Migrations;

[DbContext(typeof(WorkflowsDb))]
[Migration("004_YearFramework")]
public sealed class V004_YearFramework : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddClusterYearFramework(WorkflowsDb.SchemaName);
}
