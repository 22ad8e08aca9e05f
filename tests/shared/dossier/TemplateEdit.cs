using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Samples;

/// <summary>Edits a template as its author would in Word: rewrites a paragraph, keeping the look of its first run.</summary>
public static class TemplateEdit
{
    /// <param name="find">Text the paragraph to rewrite contains.</param>
    /// <param name="pieces">The new text, each piece in a run of its own, as Word often stores a placeholder typed in parts.</param>
    public static byte[] Rewrite(byte[] docx, string find, params string[] pieces)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.InnerText.Contains(find, StringComparison.Ordinal));
            var look = paragraph.Elements<Run>().FirstOrDefault()?.RunProperties;
            paragraph.RemoveAllChildren<Run>();
            foreach (var piece in pieces)
                paragraph.AppendChild(new Run(new Text(piece) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })
                    { RunProperties = (RunProperties?)look?.CloneNode(true) });
        }
        return stream.ToArray();
    }

    /// <summary>Removes every paragraph whose text contains <paramref name="find"/>.</summary>
    public static byte[] Remove(byte[] docx, string find)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
            foreach (var p in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => p.InnerText.Contains(find, StringComparison.Ordinal)).ToList())
                p.Remove();
        return stream.ToArray();
    }
}
