using System.IO.Compression;
using System.Text;

namespace Tdkt.Testing;

/// <summary>Small files of each accepted type, built byte by byte, and impostors of them.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(string text = "Báo cáo", int padTo = 0)
    {
        var body = Encoding.UTF8.GetBytes($"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return padTo > body.Length ? [.. body, .. Enumerable.Repeat((byte)' ', padTo - body.Length)] : body;
    }

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0];

    /// <summary>A Windows program: "MZ", then the DOS stub's famous sentence.</summary>
    public static byte[] Exe() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, .. "This program cannot be run in DOS mode."u8];

    public static byte[] Docx(string text = "Báo cáo") => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", $"<w:document><w:t>{text}</w:t></w:document>"));

    public static byte[] Xlsx() => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        return memory.ToArray();
    }
}
