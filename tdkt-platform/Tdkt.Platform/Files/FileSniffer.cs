using System.IO.Compression;

namespace Tdkt.Platform.Files;

/// <summary>
/// Tells a file's type from its content (magic bytes; for Office files the ZIP's own entries), so a
/// program renamed .pdf is not taken for a PDF.
/// </summary>
public static class FileSniffer
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The type of a seekable stream's content, or null when it is none the platform accepts; the stream is left at its start.</summary>
    public static FileType? Identify(Stream content)
    {
        if (!content.CanSeek) throw new ArgumentException("Sniffing needs a seekable stream.", nameof(content));
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        if (head.StartsWith(PdfMagic)) return FileType.Pdf;
        if (head.StartsWith(PngMagic)) return FileType.Png;
        if (head.StartsWith(JpegMagic)) return FileType.Jpeg;
        if (!head.StartsWith(ZipMagic)) return null;
        try { return OfficeType(content); }
        finally { content.Position = 0; }
    }

    // Only the ZIP's directory is read, never an entry's content, so a ZIP bomb costs nothing here.
    private static FileType? OfficeType(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml")) return null;
            // Macro-enabled documents (.docm, .xlsm) carry a VBA project: not accepted whatever their name.
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return null;
            if (names.Contains("word/document.xml")) return FileType.Docx;
            if (names.Contains("xl/workbook.xml")) return FileType.Xlsx;
            return null;
        }
        catch (InvalidDataException) { return null; }
    }
}
