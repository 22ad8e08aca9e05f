using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Platform.ClusterYears;

public static class ClusterYearMigration
{
    public static void CreateClusterYearCopy(this MigrationBuilder m, string schema)
    {
        m.CreateTable("ClusterYears", schema: schema, columns: t => new
        {
            ClusterId = t.Column<string>(nullable: false),
            Year = t.Column<int>(nullable: false),
            ClusterName = t.Column<string>(nullable: false),
            HeadUnitId = t.Column<string>(nullable: false),
            DeputyUnitId = t.Column<string>(nullable: true),
            Members = t.Column<string>(nullable: false),
            OpenedAt = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ClusterYears", x => new { x.ClusterId, x.Year }));
    }

    /// <summary>The framework travels with the year (issue 9): the copy keeps it beside the members.</summary>
    public static void AddClusterYearFramework(this MigrationBuilder m, string schema)
    {
        m.AddColumn<string>("FrameworkId", "ClusterYears", schema: schema, nullable: true);
        m.AddColumn<int>("FrameworkVersion", "ClusterYears", schema: schema, nullable: true);
        m.AddColumn<string>("FrameworkYaml", "ClusterYears", schema: schema, nullable: true);
    }
}
