using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Documents;

/// <summary>The few Open XML elements the dossier documents are made of: runs, paragraphs, tables.</summary>
internal static class Wx
{
    public static Run Run(string text, Look look = default)
    {
        var run = new Run();
        if (look != default)
        {
            var properties = new RunProperties();
            if (look.Bold) properties.Bold = new Bold();
            if (look.Italic) properties.Italic = new Italic();
            // No complex-script size: Vietnamese is Latin script, and each element more is a cost in every table cell.
            if (look.Size > 0) properties.FontSize = new FontSize { Val = (look.Size * 2).ToString() };
            run.RunProperties = properties;
        }
        var content = new Text(text);
        if (KeepsSpaces(text)) content.Space = SpaceProcessingModeValues.Preserve;
        run.AppendChild(content);
        return run;
    }

    /// <summary>Leading, trailing or repeated spaces ("Số:        /BB-…") are lost unless the text says to preserve them.</summary>
    private static bool KeepsSpaces(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal));

    public static Paragraph Para(string text, Look look = default, Layout? layout = null) => Para(layout ?? Layout.Left, Run(text, look));

    public static Paragraph Para(Layout layout, params OpenXmlElement[] content)
    {
        var properties = new ParagraphProperties();
        var style = layout.Base ?? Layout.Left;
        if (layout.Style is { } id) properties.ParagraphStyleId = new ParagraphStyleId { Val = id };
        if (layout.KeepNext != style.KeepNext) properties.KeepNext = new KeepNext { Val = layout.KeepNext ? null : false };
        if (layout.Before != style.Before || layout.After != style.After)
            properties.SpacingBetweenLines = new SpacingBetweenLines { Before = layout.Before.ToString(), After = layout.After.ToString() };
        if (layout.FirstLine != style.FirstLine) properties.Indentation = new Indentation { FirstLine = layout.FirstLine.ToString() };
        if (layout.Align != style.Align && layout.Align is { } align) properties.Justification = new Justification { Val = align };
        var paragraph = new Paragraph();
        if (properties.HasChildren) paragraph.ParagraphProperties = properties;
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>
    /// A short centred rule, as Decree 30 puts under the motto and the issuing body: the top border of an
    /// almost empty paragraph, indented so it is <paramref name="length"/> twips long within <paramref name="width"/>.
    /// </summary>
    public static Paragraph Rule(int length, int width)
    {
        var side = Math.Max(0, (width - length) / 2).ToString();
        return new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            // The space before keeps the rule off the descenders of the line above.
            SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = side, Right = side },
        });
    }

    /// <param name="style">A table style of <see cref="Decree30Page"/> giving the cells' text size and alignment.</param>
    public static Table Table(int[] widths, bool lines, IEnumerable<TableRow> rows, string? style = null)
    {
        var border = lines ? BorderValues.Single : BorderValues.None;
        var table = new Table(new TableProperties
        {
            TableStyle = style is null ? null : new TableStyle { Val = style },
            TableWidth = new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 },
                new BottomBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        }, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(rows);
        return table;
    }

    /// <summary>A row; a heading row repeats at the top of every page the table runs onto.</summary>
    public static TableRow Row(bool heading, params TableCell[] cells)
    {
        var row = new TableRow();
        if (heading) row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        else row.Append(new TableRowProperties(new CantSplit()));
        row.Append(cells);
        return row;
    }

    public static TableCell Cell(int width, params Paragraph[] paragraphs) => Cell(width, TableVerticalAlignmentValues.Center, paragraphs);

    public static TableCell Cell(int width, TableVerticalAlignmentValues align, params Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = align },
        });
        if (paragraphs.Length == 0) cell.Append(new Paragraph());
        else cell.Append(paragraphs);
        return cell;
    }

    public static TableCell Cell(int width, string text, Look look, JustificationValues align) =>
        Cell(width, Para(text, look, new Layout(align)));

    /// <summary>
    /// A data cell of a styled table (<see cref="Decree30Page.ListTable"/>): the style centres the text and sets its
    /// size, the fixed grid sets the width, so a cell writes only what differs. The cells are most of a document.
    /// </summary>
    public static TableCell DataCell(string text, bool left = false, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (left) paragraph.ParagraphProperties = new ParagraphProperties(new Justification { Val = JustificationValues.Left });
        paragraph.AppendChild(Run(text, bold ? Look.Strong : default));
        return new TableCell(paragraph);
    }

    /// <summary>A row holding only a template's section marker, one cell across the table, removed when filled.</summary>
    public static TableRow MarkerRow(int[] widths, string marker)
    {
        var cell = Cell(widths.Sum(), Para(marker));
        cell.TableCellProperties!.GridSpan = new GridSpan { Val = widths.Length };
        return Row(false, cell);
    }
}
