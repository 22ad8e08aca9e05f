using FluentAssertions;
using Microsoft.Playwright;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_a_unit_sends_a_report(BrowserHost host)
{
    private const string Page = "/don-vi/nam-po/bao-cao/dien-bien-vung-cao/2022";

    [Fact]
    public async Task It_is_listed_marked_late_and_its_file_downloads_under_its_own_name()
    {
        var unit = await host.SignInAsync(host.People.Unit);
        await unit.GotoAsync(Page);
        await unit.SelectOptionAsync("#kind", "annual");
        await unit.FillAsync("#title", "Báo cáo tổng kết số 215/BC-UBND");
        var pdf = SampleFiles.Pdf("Tổng kết năm 2022");
        await unit.SetInputFilesAsync("#files", new FilePayload { Name = "Báo cáo tổng kết 2022.pdf", MimeType = "application/pdf", Buffer = pdf });
        await unit.ClickAsync("#send-report");
        // 2022's annual report was due in December 2022: sent now it is late, and says how late.
        (await unit.TextContentAsync("#report-sent")).Should().Contain("Báo cáo tổng kết năm").And.Contain("nộp muộn");
        var row = unit.Locator("#reports tbody tr", new() { HasText = "215/BC-UBND" }).First;
        (await row.TextContentAsync()).Should().Contain("nộp muộn");
        await unit.SaveAsync("unit-reports");

        var download = await unit.RunAndWaitForDownloadAsync(() => row.Locator("a[download]").First.ClickAsync());
        download.SuggestedFilename.Should().Be("Báo cáo tổng kết 2022.pdf");
        var saved = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).Should().Equal(pdf);
        File.Delete(saved);
    }

    [Fact]
    public async Task A_program_renamed_pdf_is_refused_and_nothing_is_listed()
    {
        var unit = await host.SignInAsync(host.People.Unit);
        await unit.GotoAsync(Page);
        var before = await unit.Locator("#reports tbody tr").CountAsync();
        await unit.SelectOptionAsync("#kind", "ad-hoc");
        await unit.SetInputFilesAsync("#files", new FilePayload { Name = "bao-cao.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Exe() });
        await unit.ClickAsync("#send-report");
        (await unit.TextContentAsync("#problem")).Should().NotBeNullOrEmpty();
        (await unit.Locator("#report-sent").CountAsync()).Should().Be(0);
        (await unit.Locator("#reports tbody tr").CountAsync()).Should().Be(before);
        await unit.SaveAsync("unit-report-refused");
    }
}
