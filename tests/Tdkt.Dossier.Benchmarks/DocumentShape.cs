using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Benchmarks;

/// <summary>A body's paragraphs and tables, reduced to their texts: what the bare writer writes again.</summary>
public abstract record Block;

public sealed record TextBlock(string Text) : Block;

/// <summary>Rows of cells, each cell its own blocks (a cell may hold a table).</summary>
public sealed record TableBlock(List<List<List<Block>>> Rows) : Block;

public static class DocumentShape
{
    public static List<Block> Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return Blocks(document.MainDocumentPart!.Document!.Body!);
    }

    /// <summary>The body's paragraphs and table cells, counted as the benchmark compares them.</summary>
    public static (int Paragraphs, int Cells) Count(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        return (body.Descendants<Paragraph>().Count(), body.Descendants<TableCell>().Count());
    }

    private static List<Block> Blocks(OpenXmlElement parent) => parent.ChildElements
        .Select(e => e switch
        {
            Paragraph p => new TextBlock(p.InnerText),
            Table t => new TableBlock(t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(Blocks).ToList()).ToList()),
            _ => (Block?)null,
        })
        .OfType<Block>().ToList();
}
