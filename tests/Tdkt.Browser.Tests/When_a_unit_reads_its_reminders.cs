using FluentAssertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_a_unit_reads_its_reminders(BrowserHost host)
{
    [Fact]
    public async Task The_home_page_lists_deadlines_and_a_notice_can_be_marked_read()
    {
        var unit = await host.SignInAsync(host.People.Unit);
        await unit.GotoAsync("/don-vi/nam-po");
        (await unit.TextContentAsync("h1")).Should().Be("UBND huyện Nậm Pồ");
        (await unit.TextContentAsync("#deadlines")).Should().Contain("Hạn:");
        var unread = await unit.Locator("#inbox li.unread").CountAsync();
        unread.Should().BeGreaterThan(0, "the demo year's deadlines have passed and sent their notices");
        await unit.SaveAsync("unit-home");

        await unit.Locator("#inbox li.unread button").First.ClickAsync();
        (await unit.ContentAsync()).Should().Contain("Đã đánh dấu nhắc việc là đã đọc.");
        (await unit.Locator("#inbox li.unread").CountAsync()).Should().Be(unread - 1);
        await unit.SaveAsync("unit-home-notice-read");
    }

    [Fact]
    public async Task The_home_page_is_readable_on_a_phone()
    {
        var unit = await host.SignInAsync(host.People.Unit, width: 390);
        await unit.GotoAsync("/don-vi/nam-po");
        var overflow = await unit.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        overflow.Should().BeFalse("nothing is wider than the phone's screen");
        await unit.SaveAsync("unit-home-phone");
    }
}
