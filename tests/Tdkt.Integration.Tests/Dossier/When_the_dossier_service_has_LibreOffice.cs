using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Platform.Hosting;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>
/// The dossier service is given LibreOffice (Tdkt:Dossier:OfficePath, the rig's TDKT_TEST_SOFFICE): the draft's package
/// carries a PDF copy of each written document, listed in the manifest like every file.
/// </summary>
[Collection(RealServers.Name)]
public sealed class When_the_dossier_service_has_LibreOffice
{
    [Fact]
    public async Task The_package_holds_a_PDF_beside_each_written_document_and_the_letter_reads_with_its_diacritics()
    {
        await using var year = await DossierYearFromMessages.DraftedAsync(
            new Dictionary<string, string?> { [ConfigKeys.DossierOfficePath] = TestServers.Soffice });

        using var zip = new ZipArchive(new MemoryStream(await year.Head.GetByteArrayAsync($"{year.Path}/versions/1/package")));
        var manifest = JsonDocument.Parse(Read(zip, "manifest.json")).RootElement.GetProperty("files").EnumerateArray().ToList();
        manifest.Select(f => (f.GetProperty("name").GetString(), f.GetProperty("kind").GetString())).Should().Equal(
            ("01-to-trinh.docx", "proposal-letter"), ("01-to-trinh.pdf", "proposal-letter-pdf"),
            ("02-bien-ban-hoi-nghi.docx", "minutes"), ("02-bien-ban-hoi-nghi.pdf", "minutes-pdf"),
            ("03-bang-tong-hop-diem.docx", "score-table"), ("03-bang-tong-hop-diem.pdf", "score-table-pdf"),
            ("04-bien-ban-kiem-phieu.docx", "vote-count"), ("04-bien-ban-kiem-phieu.pdf", "vote-count-pdf"));
        foreach (var file in manifest)
            Convert.ToHexStringLower(SHA256.HashData(Read(zip, file.GetProperty("name").GetString()!))).Should().Be(file.GetProperty("sha256").GetString());
        var letter = await PdfTextAsync(Read(zip, "01-to-trinh.pdf"));
        letter.Should().Contain($"cho các tập thể thuộc {DossierYearFromMessages.ClusterName}");
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var memory = new MemoryStream();
        zip.GetEntry(name)!.Open().CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>The PDF's text as poppler's pdftotext reads it, every run of spaces and line breaks made one space.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf);
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in (string[])["-enc", "UTF-8", file, "-"]) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, "pdftotext reads the PDF");
            return string.Join(' ', text.Normalize().Split((char[])[' ', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
