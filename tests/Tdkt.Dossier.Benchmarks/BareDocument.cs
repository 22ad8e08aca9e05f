using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Benchmarks;

/// <summary>
/// The floor to compare with: the same paragraphs and table cells with the same texts, written with bare Open XML
/// SDK calls, one run per paragraph, no styles, no section, no headers, no properties beyond the table grid.
/// </summary>
public static class BareDocument
{
    public static byte[] Write(List<Block> blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Append(body, blocks);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void Append(OpenXmlElement parent, List<Block> blocks)
    {
        foreach (var block in blocks)
            parent.AppendChild<OpenXmlElement>(block switch
            {
                TextBlock t => t.Text.Length == 0 ? new Paragraph() : new Paragraph(new Run(new Text(t.Text))),
                TableBlock t => Table(t),
                _ => throw new InvalidOperationException(),
            });
    }

    private static Table Table(TableBlock block)
    {
        var table = new Table();
        foreach (var cells in block.Rows)
        {
            var row = new TableRow();
            foreach (var content in cells)
            {
                var cell = new TableCell();
                Append(cell, content);
                row.AppendChild(cell);
            }
            table.AppendChild(row);
        }
        return table;
    }
}
