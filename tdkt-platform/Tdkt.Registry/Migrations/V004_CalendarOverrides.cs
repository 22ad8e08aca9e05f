using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tdkt.Registry.Calendar;

namespace Tdkt.Registry.Migrations;

/// <summary>The yearly official calendar decisions an administrator enters (extra days off, make-up working days).</summary>
[DbContext(typeof(RegistryDb))]
[Migration("004_CalendarOverrides")]
public sealed class V004_CalendarOverrides : Migration
{
    protected override void Up(MigrationBuilder m) => m.CreateCalendarOverrides(RegistryDb.SchemaName);
}
