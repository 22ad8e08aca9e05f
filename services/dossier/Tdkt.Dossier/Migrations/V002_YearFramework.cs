using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;

namespace Tdkt.Dossier.Migrations;

[DbContext(typeof(DossierDb))]
[Migration("002_YearFramework")]
public sealed class V002_YearFramework : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddClusterYearFramework(DossierDb.SchemaName);
}
