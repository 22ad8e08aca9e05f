namespace Tdkt.Web.Admin;

/// <summary>One day as edited on the calendar page: text as typed, so a wrong date comes back to be corrected.</summary>
public sealed record CalendarRow(string Date, string Reason, string Source)
{
    public bool IsBlank => Date.Length == 0 && Reason.Length == 0 && Source.Length == 0;

    public static CalendarRow Of(CalendarDayView d) => new(Components.Vn.Date(d.Date), d.Reason, d.Source);

    /// <summary>
    /// The rows a form posted under <paramref name="field"/> (field[i].date, .reason, .source), blank rows dropped, so the
    /// service's error paths (field[i].date) match the rows as the page shows them again.
    /// </summary>
    public static List<CalendarRow> Read(Func<string, string?> form, string field, int maxRows)
    {
        var rows = new List<CalendarRow>();
        for (var i = 0; i < maxRows; i++)
        {
            var row = new CalendarRow(Value(form, $"{field}[{i}].date"), Value(form, $"{field}[{i}].reason"), Value(form, $"{field}[{i}].source"));
            if (!row.IsBlank) rows.Add(row);
        }
        return rows;
    }

    private static string Value(Func<string, string?> form, string name) => form(name)?.Trim() ?? "";
}
