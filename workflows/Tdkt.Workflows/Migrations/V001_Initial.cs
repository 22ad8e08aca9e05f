using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Workflows.Migrations;

[DbContext(typeof(WorkflowsDb))]
[Migration("001_Initial")]
public sealed class V001_Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.EnsureSchema(WorkflowsDb.SchemaName);
        m.CreateOutboxAndInbox(WorkflowsDb.SchemaName);
        m.CreateClusterYearCopy(WorkflowsDb.SchemaName);
    }
}
