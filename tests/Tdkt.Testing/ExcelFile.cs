using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tdkt.Testing;

/// <summary>Plays the user: types values into cells of an exported score table, over what a cell held.</summary>
public static class ExcelFile
{
    public static MemoryStream Fill(MemoryStream exported, params (string Cell, object Value)[] values)
    {
        var copy = new MemoryStream();
        copy.Write(exported.ToArray());
        using (var doc = SpreadsheetDocument.Open(copy, true))
        {
            var data = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.GetFirstChild<SheetData>()!;
            foreach (var (reference, value) in values)
            {
                var rowIndex = uint.Parse(new string(reference.Where(char.IsDigit).ToArray()));
                var row = data.Elements<Row>().SingleOrDefault(r => r.RowIndex! == rowIndex)
                          ?? data.AppendChild(new Row { RowIndex = rowIndex });
                var cell = new Cell { CellReference = reference };
                if (value is string s)
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(s));
                }
                else cell.CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
                row.Elements<Cell>().SingleOrDefault(c => c.CellReference?.Value == reference)?.Remove();
                // Cells must stay in column order inside a row.
                var after = row.Elements<Cell>().LastOrDefault(c => string.CompareOrdinal(c.CellReference!.Value, reference) < 0);
                if (after is null) row.PrependChild(cell); else after.InsertAfterSelf(cell);
            }
            doc.WorkbookPart.Workbook.Save();
        }
        copy.Position = 0;
        return copy;
    }
}
