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
        await board.SaveAsync("board-inbox");
    }
}
