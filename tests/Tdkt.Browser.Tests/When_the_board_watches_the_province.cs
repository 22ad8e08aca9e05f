using FluentAssertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_the_board_watches_the_province(BrowserHost host)
{
    [Fact]
    public async Task Every_cluster_year_is_listed_with_its_late_steps()
    {
        var board = await host.SignInAsync(host.People.Board);
        await board.GotoAsync("/tinh");
        var row = board.Locator("[data-year='dien-bien-vung-cao-2022']");
        (await row.CountAsync()).Should().Be(1);
        (await row.TextContentAsync()).Should().Contain("2022");
        await board.SaveAsync("board-province");

        await board.GotoAsync("/tinh/vi-pham/dien-bien-vung-cao/2022");
        (await board.Locator("#escalations tbody tr").CountAsync()).Should().BeGreaterThan(0);
        await board.SaveAsync("board-escalations");
    }

    [Fact]
    public async Task Its_inbox_shows_the_notices_sent_to_the_board()
    {
        var board = await host.SignInAsync(host.People.Board);
        await board.GotoAsync("/tinh/nhac-viec");
        (await board.TextContentAsync("h1")).Should().Contain("Ban Thi đua – Khen thưởng");
        var unread = await board.Locator("#inbox li.unread").CountAsync();
        unread.Should().BeGreaterThan(0, "missed deadlines of the demo years notify the board");
        await board.SaveAsync("board-inbox");

        await board.Locator("#inbox li.unread button").First.ClickAsync();
        (await board.ContentAsync()).Should().Contain("Đã đánh dấu là đã đọc.");
        (await board.Locator("#inbox li.unread").CountAsync()).Should().Be(unread - 1);
    }
}
