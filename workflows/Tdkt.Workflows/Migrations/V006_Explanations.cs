using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Workflows.Migrations;

/// <summary>Explanation requests and answers as the runtime heard them (either may come first).</summary>
[DbContext(typeof(WorkflowsDb))]
[Migration("006_Explanations")]
public sealed class V006_Explanations : Migration
{
    private const string S = WorkflowsDb.SchemaName;

    protected override void Up(MigrationBuilder m) =>
        m.CreateTable("Explanations", schema: S, columns: t => new
        {
            RequestId = t.Column<Guid>(nullable: false),
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            UnitId = t.Column<string>(nullable: false),
            CriterionId = t.Column<string>(nullable: true),
            Question = t.Column<string>(nullable: true),
            DueDate = t.Column<DateOnly>(nullable: true),
            RequestedBy = t.Column<string>(nullable: true),
            RequestedAt = t.Column<long>(nullable: true),
            AnsweredAt = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Explanations", x => x.RequestId));

    protected override void Down(MigrationBuilder m) => m.DropTable("Explanations", schema: S);
}
