using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Playwright;

namespace Tdkt.Browser.Tests;

/// <summary>
/// The public ballot pages, nobody signed in, at a phone's width: a delegate types the code from the slip (with
/// JavaScript off) or opens the slip's QR link; the round's result and a receipt are checked by anyone after closing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class When_delegates_vote_by_secret_ballot(BrowserHost host)
{
    private const int Phone = 390;
    private readonly DienBienBallot _conference = new(host);

    [Fact]
    public async Task Delegates_vote_on_phones_and_anyone_checks_the_tally_the_box_and_their_receipt()
    {
        await _conference.OpenElectionAsync();
        var slips = await _conference.OpenRoundAsync(1);
        var names = (await _conference.RoundAsync(1)).GetProperty("candidates").EnumerateArray()
            .ToDictionary(c => c.GetProperty("unitId").GetString()!, c => c.GetProperty("unitName").GetString()!);

        // Typed by hand, without JavaScript: a ballot over the seats is refused next to the choices and nothing is cast.
        var typed = await PageAsync(javaScript: false);
        await typed.GotoAsync("/bo-phieu");
        (await typed.QuerySelectorAsync("#password")).Should().BeNull("the ballot page asks nobody to sign in");
        await typed.FillAsync("#ballot-code", slips[0].Code.ToLowerInvariant());
        await typed.ClickAsync("#open-ballot");
        (await typed.TextContentAsync("#paper-award")).Should().Contain("Cờ thi đua xuất sắc");
        (await typed.TextContentAsync("#paper-seats")).Should().Be("Chọn tối đa 1 đơn vị");
        await typed.CheckAsync("input[name=choices][value='dien-bien-dong']");
        await typed.CheckAsync("input[name=choices][value='muong-cha']");
        await typed.ClickAsync("#cast");
        (await typed.TextContentAsync("[data-error-for='choices']")).Should().Contain("phiếu chọn 2 đơn vị");
        (await _conference.RoundAsync(1)).GetProperty("ballotsCast").GetInt32().Should().Be(0);
        await typed.UncheckAsync("input[name=choices][value='muong-cha']");
        await typed.ClickAsync("#cast");
        var typedReceipt = await typed.GetAttributeAsync("#receipt", "data-receipt");
        typedReceipt.Should().MatchRegex("^[0-9a-f]{64}$");

        // The slip's QR link: the code comes in the fragment, is put in the field and leaves the address.
        var scanned = await PageAsync(javaScript: true);
        await scanned.GotoAsync(slips[1].Url);
        (await scanned.InputValueAsync("#ballot-code")).Should().Be(slips[1].Code);
        scanned.Url.Should().NotContain("#", "the code does not stay in the address or the history");
        await scanned.ClickAsync("#open-ballot");
        await scanned.SaveAsync("ballot-phone-paper");
        await scanned.CheckAsync("input[name=choices][value='muong-cha']");
        await scanned.ClickAsync("#cast");
        (await scanned.GetAttributeAsync("#receipt", "data-receipt")).Should().MatchRegex("^[0-9a-f]{64}$").And.NotBe(typedReceipt);
        (await scanned.GetAttributeAsync("#check-link", "href")).Should().Be("/kiem-tra-bien-nhan");
        (await scanned.GetAttributeAsync("#result-link", "href")).Should().Be("/ket-qua-bo-phieu/dien-bien-vung-cao/2022/1");
        await scanned.SaveAsync("ballot-phone-receipt");

        await scanned.GotoAsync("/bo-phieu");
        await scanned.FillAsync("#ballot-code", slips[0].Code);
        await scanned.ClickAsync("#open-ballot");
        (await scanned.TextContentAsync("[data-error-for='code']")).Should().Contain("đã được dùng");
        (await scanned.QuerySelectorAsync("input[name=choices]")).Should().BeNull();
        await scanned.SaveAsync("ballot-phone-used-code");

        await scanned.GotoAsync("/ket-qua-bo-phieu/dien-bien-vung-cao/2022/1");
        (await scanned.TextContentAsync("#not-yet")).Should().Contain("chỉ công bố sau khi đóng vòng");
        (await scanned.QuerySelectorAsync("#tally")).Should().BeNull();

        // 2–2 and a blank ballot: nobody has more than half of five, so a second round decides 3–2.
        await _conference.CastAsync(slips[2].Code, "dien-bien-dong");
        await _conference.CastAsync(slips[3].Code, "muong-cha");
        await _conference.CastAsync(slips[4].Code);
        await _conference.CloseAsync(1);
        var second = await _conference.OpenRoundAsync(2);
        for (var i = 0; i < 5; i++) await _conference.CastAsync(second[i].Code, i < 3 ? "dien-bien-dong" : "muong-cha");
        await _conference.CloseAsync(2);

        await scanned.GotoAsync("/ket-qua-bo-phieu/dien-bien-vung-cao/2022/1");
        (await scanned.TextContentAsync("#none-elected")).Should().Contain("không có đơn vị nào");
        (await scanned.Locator("#ballots tbody tr").CountAsync()).Should().Be(5);

        await scanned.GotoAsync("/ket-qua-bo-phieu/dien-bien-vung-cao/2022/2");
        (await scanned.TextContentAsync("#tally tr[data-unit='dien-bien-dong']")).Should().Contain("3").And.Contain("Trúng");
        (await scanned.TextContentAsync("#tally tr[data-unit='muong-cha']")).Should().Contain("2").And.Contain("Không trúng");
        (await scanned.TextContentAsync("#round-threshold")).Should().Contain("trên 50% của 5");
        (await scanned.TextContentAsync("#round-turnout")).Should().Contain("5 phiếu đã bỏ / 5 mã đã phát");
        (await scanned.InnerTextAsync("#chain-intact")).Trim().Should().Be("Có");
        (await scanned.InnerTextAsync("#tally-matches")).Trim().Should().Be("Có");
        (await scanned.Locator("#ballots tbody tr").CountAsync()).Should().Be(5);
        await scanned.SaveAsync("public-round-result");

        await scanned.GotoAsync("/kiem-tra-bien-nhan");
        await scanned.FillAsync("#receipt-input", Grouped(typedReceipt!));
        await scanned.ClickAsync("#check-receipt");
        (await scanned.TextContentAsync("#receipt-counted")).Should().Contain("đã được kiểm");
        (await scanned.InnerTextAsync("#receipt-choices")).Trim().Should().Be(names["dien-bien-dong"]);
        await scanned.SaveAsync("receipt-check");
    }

    [Fact]
    public async Task A_mistyped_code_is_refused_next_to_the_field_and_an_unknown_receipt_is_not_found()
    {
        var page = await PageAsync(javaScript: false);
        await page.GotoAsync("/bo-phieu");
        await page.FillAsync("#ballot-code", "ABCD-EFGH-1234");
        await page.ClickAsync("#open-ballot");
        (await page.TextContentAsync("[data-error-for='code']")).Should().Contain("Mã bỏ phiếu không đúng");
        (await page.QuerySelectorAsync("#ballot-form input[name=choices]")).Should().BeNull();

        await page.GotoAsync("/kiem-tra-bien-nhan");
        await page.FillAsync("#receipt-input", new string('a', 64));
        await page.ClickAsync("#check-receipt");
        (await page.TextContentAsync("[data-error-for='receipt']")).Should().Contain("Không có phiếu nào với biên nhận này");
        (await page.QuerySelectorAsync("#receipt-result")).Should().BeNull();
    }

    /// <summary>A phone without an account; JavaScript may be off, as on some handsets or by choice.</summary>
    private async Task<IPage> PageAsync(bool javaScript)
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.Address.ToString(),
            ViewportSize = new ViewportSize { Width = Phone, Height = 844 },
            Locale = "vi-VN",
            JavaScriptEnabled = javaScript,
            IsMobile = true,
            HasTouch = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A receipt as somebody copies it from the screen: in groups, across lines.</summary>
    private static string Grouped(string receipt) => ReceiptGroups().Replace(receipt, "$0 ").ToUpperInvariant();

    [GeneratedRegex(".{8}")]
    private static partial Regex ReceiptGroups();
}
