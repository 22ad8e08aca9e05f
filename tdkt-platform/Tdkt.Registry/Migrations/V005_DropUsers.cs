using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Registry.Migrations;

/// <summary>
/// Users moved to the sign-in stores (AccountsDb), which keep their passwords. The old table held no
/// password, so its rows could not sign in anyway: administrators re-create them (PUT /registry/users).
/// </summary>
[DbContext(typeof(RegistryDb))]
[Migration("005_DropUsers")]
public sealed class V005_DropUsers : Migration
{
    protected override void Up(MigrationBuilder m) => m.DropTable("Users", RegistryDb.SchemaName);
}
