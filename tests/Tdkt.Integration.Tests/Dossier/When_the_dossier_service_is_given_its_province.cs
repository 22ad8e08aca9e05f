using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FluentAssertions;
using Tdkt.Platform.Hosting;

namespace Tdkt.Integration.Tests.Dossier;

/// <summary>The registry's announcement of a year names no province: the deployment gives it (Tdkt:Dossier:Province).</summary>
[Collection(RealServers.Name)]
public sealed class When_the_dossier_service_is_given_its_province
{
    [Fact]
    public async Task The_proposal_letter_is_addressed_to_the_chairman_of_that_provinces_peoples_committee()
    {
        await using var year = await DossierYearFromMessages.DraftedAsync(new Dictionary<string, string?> { [ConfigKeys.DossierProvince] = "Điện Biên" });

        using var zip = new ZipArchive(new MemoryStream(await year.Head.GetByteArrayAsync($"{year.Path}/versions/1/package")));
        using var letter = new MemoryStream();
        await zip.GetEntry("01-to-trinh.docx")!.Open().CopyToAsync(letter);
        using var document = WordprocessingDocument.Open(letter, false);
        var text = string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));

        // Nothing else in this cluster-year names Điện Biên: without the setting the letter says "tỉnh" alone.
        text.Should().Contain("Kính gửi:").And.Contain("Chủ tịch Ủy ban nhân dân tỉnh Điện Biên");
    }
}
