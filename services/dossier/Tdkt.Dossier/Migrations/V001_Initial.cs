using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Dossier.Migrations;

[DbContext(typeof(DossierDb))]
[Migration("001_Initial")]
public sealed class V001_Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.EnsureSchema(DossierDb.SchemaName);
        m.CreateOutboxAndInbox(DossierDb.SchemaName);
        m.CreateClusterYearCopy(DossierDb.SchemaName);
    }
}
