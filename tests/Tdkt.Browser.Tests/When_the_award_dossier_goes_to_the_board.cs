using FluentAssertions;
using Microsoft.Playwright;

namespace Tdkt.Browser.Tests;

/// <summary>
/// Tủa Chùa's head reviews Điện Biên 2022's dossier draft, regenerates and approves it; Ban TĐKT finds it in its
/// inbox, returns it with a reason, and acknowledges the revised second version; the first stays downloadable.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class When_the_award_dossier_goes_to_the_board(BrowserHost host)
{
    private const string HeadPage = "/cum/dien-bien-vung-cao/2022/ho-so";
    private const string Inbox = "/tinh/ho-so";
    private const string Row = "tr[data-dossier='dien-bien-vung-cao-2022']";
    private const string Reason = "Tờ trình chưa có chữ ký của Trưởng cụm; đề nghị bổ sung.";

    [Fact]
    public async Task The_board_returns_version_1_with_its_reason_acknowledges_version_2_and_version_1_still_downloads()
    {
        await new DienBienDossierYear(host).DraftAsync();

        var head = await host.SignInAsync(host.People.Head);
        await head.ClickAsync("nav.menu a:text('Hồ sơ khen thưởng')");
        head.Url.Should().EndWith(HeadPage);
        var first = head.Locator("[data-version='1']");
        (await first.GetAttributeAsync("data-status")).Should().Be("draft");
        (await first.Locator("[data-status-name]").TextContentAsync()).Should().Be("Dự thảo");
        (await first.Locator("td.kind").AllTextContentsAsync()).Should().Contain(k => k.StartsWith("Tờ trình"))
            .And.Contain(k => k.StartsWith("Biên bản hội nghị")).And.Contain(k => k.StartsWith("Bảng tổng hợp điểm"))
            .And.Contain(k => k.StartsWith("Biên bản kiểm phiếu")).And.Contain(k => k.Contains("Báo cáo thành tích – UBND huyện Điện Biên Đông"));
        (await head.TextContentAsync("#nominations-received")).Should().Contain("✔");
        await head.SaveAsync("head-dossier-draft");

        await head.ClickAsync("#draft-button");
        (await head.TextContentAsync("#done")).Should().Contain("dự thảo hồ sơ lần 1");
        (await head.Locator("[data-version]").CountAsync()).Should().Be(1, "a draft is regenerated in place");
        await head.ClickAsync("#approve-button");
        (await head.TextContentAsync("#done")).Should().Contain("Đã duyệt và gửi hồ sơ lần 1");
        (await first.GetAttributeAsync("data-status")).Should().Be("submitted");
        (await first.Locator(".submitted").CountAsync()).Should().Be(1);
        await head.SaveAsync("head-dossier-submitted");

        var board = await host.SignInAsync(host.People.Board);
        await board.ClickAsync("nav.menu a:text('Hồ sơ đề nghị khen thưởng')");
        await board.SelectOptionAsync("#status", "submitted");
        await board.SelectOptionAsync("#cluster", "dien-bien-vung-cao");
        await board.ClickAsync("#filter");
        var row = board.Locator(Row);
        (await row.Locator(".version").TextContentAsync()).Should().Be("1");
        (await row.Locator(".badge").TextContentAsync()).Should().Be("Đã gửi Ban TĐKT");
        await board.SaveAsync("board-dossier-inbox");

        await board.GotoAsync(Inbox + "?cum=dien-bien-vung-cao");
        await row.Locator("button.return").ClickAsync();
        (await row.Locator("[data-error-for='reason']").TextContentAsync()).Should().Contain("Lý do trả lại hồ sơ");
        (await row.Locator(".badge").TextContentAsync()).Should().Be("Đã gửi Ban TĐKT", "nothing changed");
        await row.Locator("textarea[name=reason]").FillAsync(Reason);
        await row.Locator("button.return").ClickAsync();
        (await board.TextContentAsync("#done")).Should().Contain("Đã trả lại hồ sơ lần 1");
        await board.GotoAsync(Inbox + "?tinh-trang=returned");
        (await row.Locator(".badge").TextContentAsync()).Should().Be("Ban TĐKT trả lại");
        (await row.Locator(".return-reason").TextContentAsync()).Should().Be(Reason);
        await board.SaveAsync("board-dossier-returned");

        await head.GotoAsync(HeadPage);
        (await first.Locator(".return-reason").TextContentAsync()).Should().Contain(Reason);
        await head.SaveAsync("head-dossier-returned");
        await head.ClickAsync("#draft-button");
        var second = head.Locator("[data-version='2']");
        (await second.GetAttributeAsync("data-status")).Should().Be("draft");
        await head.ClickAsync("#approve-button");
        (await second.GetAttributeAsync("data-status")).Should().Be("submitted");
        (await head.Locator("[data-version]").First.GetAttributeAsync("data-version")).Should().Be("2", "the newest comes first");

        await board.GotoAsync(Inbox + "?cum=dien-bien-vung-cao");
        (await row.Locator(".version").TextContentAsync()).Should().Be("2");
        await row.Locator("button.acknowledge").ClickAsync();
        (await board.TextContentAsync("#done")).Should().Contain("Đã tiếp nhận hồ sơ lần 2");
        (await row.Locator(".badge").TextContentAsync()).Should().Be("Ban TĐKT đã tiếp nhận");
        (await row.Locator("button").CountAsync()).Should().Be(0, "an acknowledged dossier is done with");
        await board.SaveAsync("board-dossier-acknowledged");

        await head.GotoAsync(HeadPage);
        var zip = await head.APIRequest.GetAsync((await first.Locator("a.package").GetAttributeAsync("href"))!);
        zip.Status.Should().Be(200);
        (await zip.BodyAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
    }

    [Fact]
    public async Task The_board_and_the_administrator_read_the_heads_dossier_page_without_its_buttons()
    {
        await new DienBienDossierYear(host).DraftAsync();

        foreach (var (person, screenshot) in new[] { (host.People.Admin, (string?)null), (host.People.Board, "board-dossier-head-page") })
        {
            var page = await host.SignInAsync(person);
            (await page.GotoAsync(HeadPage))!.Status.Should().Be(200);
            (await page.TextContentAsync("#inputs h2")).Should().Contain("Cụm thi đua huyện vùng cao");
            (await page.Locator("#draft-button, #approve-button, .actions form").CountAsync()).Should().Be(0, $"{person.Role} neither drafts nor approves");
            (await page.TextContentAsync("#read-only")).Should().Contain("Chỉ Cụm trưởng, Cụm phó năm 2022 lập và duyệt hồ sơ");
            if (screenshot is not null) await page.SaveAsync(screenshot);
        }
    }

    [Fact]
    public async Task A_member_unit_is_refused_the_dossier_page()
    {
        var unit = await host.SignInAsync(host.People.Unit);
        var response = await unit.GotoAsync(HeadPage);
        response!.Status.Should().Be(403);
        (await unit.TextContentAsync("#refused")).Should().Contain("chỉ Cụm trưởng, Cụm phó và Ban TĐKT xem được");
        (await unit.Locator("#approve-button").CountAsync()).Should().Be(0);
        await unit.SaveAsync("unit-dossier-refused");
    }
}
