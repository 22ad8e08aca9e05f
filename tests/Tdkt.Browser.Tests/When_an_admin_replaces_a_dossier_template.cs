using FluentAssertions;
using Microsoft.Playwright;
using Tdkt.Dossier.Samples;
using Tdkt.Dossier.Templates;

namespace Tdkt.Browser.Tests;

/// <summary>The administrator's templates page, on the Bắc Kạn cluster so the Điện Biên dossier keeps its defaults.</summary>
[Collection(BrowserCollection.Name)]
public sealed class When_an_admin_replaces_a_dossier_template(BrowserHost host)
{
    private const string Cluster = "bac-kan-huyen-thanh-pho";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task A_bad_template_is_refused_with_its_mistake_and_a_good_one_replaces_the_default_until_reset()
    {
        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync($"/quan-tri/mau-ho-so?cum={Cluster}");
        (await admin.Locator("[data-template]").CountAsync()).Should().Be(4);
        (await admin.Locator("[data-template='proposal-letter'] .badge.default").CountAsync()).Should().Be(1);
        await admin.ClickAsync("[data-template='proposal-letter'] summary");
        await admin.SaveAsync("admin-dossier-templates");

        var shipped = TemplateKinds.ProposalLetter.DefaultTemplate;
        await UploadAsync(admin, TemplateEdit.Rewrite(shipped, "Kính trình Chủ tịch", "Kính trình {{chu_tich}} xem xét./."));
        (await admin.TextContentAsync("[data-template='proposal-letter'] [data-error-for='file']")).Should().Contain("«chu_tich»");
        (await admin.Locator("[data-template='proposal-letter'] .badge.default").CountAsync()).Should().Be(1);
        await admin.SaveAsync("admin-dossier-template-refused");

        await UploadAsync(admin, TemplateEdit.Rewrite(shipped, "Kính trình Chủ tịch", "Trân trọng đề nghị Chủ tịch Ủy ban nhân dân {{tinh}} xét tặng./."));
        (await admin.TextContentAsync("#template-saved")).Should().Contain("Đã kiểm tra và lưu mẫu tờ trình");
        (await admin.TextContentAsync("[data-template='proposal-letter'] .badge.own")).Should().Be("mẫu riêng của cụm");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.ClickAsync("[data-template='proposal-letter'] a.download"));
        Text(await File.ReadAllBytesAsync((await download.PathAsync())!)).Should().Contain("Trân trọng đề nghị Chủ tịch");
        await admin.SaveAsync("admin-dossier-template-own");

        await admin.ClickAsync("button[data-reset='proposal-letter']");
        (await admin.Locator("[data-template='proposal-letter'] .badge.default").CountAsync()).Should().Be(1);
    }

    private static async Task UploadAsync(IPage admin, byte[] docx)
    {
        await admin.SetInputFilesAsync("#file-proposal-letter", new FilePayload { Name = "mau-to-trinh.docx", MimeType = Docx, Buffer = docx });
        await admin.ClickAsync("button[data-upload='proposal-letter']");
        await admin.WaitForLoadStateAsync();
    }

    private static string Text(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
