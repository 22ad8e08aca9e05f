using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.Persistence;

namespace Tdkt.Workflows.Migrations;

/// <summary>The completion events received, so that a year planned after one arrived finds it.</summary>
[DbContext(typeof(WorkflowsDb))]
[Migration("009_ReceivedCompletions")]
public sealed class V009_ReceivedCompletions : Migration
{
    private const string S = WorkflowsDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("ReceivedCompletions", schema: S, columns: t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            MessageId = t.Column<Guid>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Event = t.Column<string>(nullable: false),
            UnitId = t.Column<string>(nullable: true),
            Fields = t.Column<string>(nullable: false),
            CompletedAt = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReceivedCompletions", x => x.Id));
        m.CreateIndex("IX_ReceivedCompletions_MessageId", "ReceivedCompletions", "MessageId", S, unique: true);
        m.CreateIndex("IX_ReceivedCompletions_ClusterId_Year", "ReceivedCompletions", ["ClusterId", "Year"], S);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("ReceivedCompletions", schema: S);
}
