using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Registry.Calendar;

/// <summary>The table of <see cref="CalendarOverride"/>, created by migration 004_CalendarOverrides.</summary>
public static class CalendarOverridesMigration
{
    public static void CreateCalendarOverrides(this MigrationBuilder m, string schema)
    {
        m.CreateTable("CalendarOverrides", schema: schema, columns: t => new
        {
            Date = t.Column<DateOnly>(nullable: false),
            Year = t.Column<int>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Reason = t.Column<string>(nullable: false),
            Source = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_CalendarOverrides", x => x.Date));
        m.CreateIndex("IX_CalendarOverrides_Year", "CalendarOverrides", "Year", schema);
    }
}
