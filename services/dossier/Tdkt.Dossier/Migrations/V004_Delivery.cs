using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Dossier.Migrations;

/// <summary>How each version's sending to the provincial document system went, when one is configured.</summary>
[DbContext(typeof(DossierDb))]
[Migration("004_Delivery")]
public sealed class V004_Delivery : Migration
{
    private const string S = DossierDb.SchemaName;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("DeliveryStatus", "Versions", schema: S, nullable: true);
        m.AddColumn<int>("DeliveryAttempts", "Versions", schema: S, nullable: false, defaultValue: 0);
        m.AddColumn<string>("DeliveryError", "Versions", schema: S, nullable: true);
        m.AddColumn<DateTimeOffset>("DeliveredAt", "Versions", schema: S, nullable: true);
    }
}
