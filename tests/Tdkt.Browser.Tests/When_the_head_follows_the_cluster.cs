using FluentAssertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_the_head_follows_the_cluster(BrowserHost host)
{
    [Fact]
    public async Task The_dashboard_shows_every_step_with_its_due_date_and_who_is_late()
    {
        var head = await host.SignInAsync(host.People.Head);
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022");
        (await head.Locator("#steps tbody tr").CountAsync()).Should().BeGreaterThan(5);
        // 2022 is over on the real clock: its deadlines are missed, with their weekday (25/12/2022 was a Sunday:
        // the deadline moves to the next working day).
        (await head.TextContentAsync("[data-step='annual-report'] .due")).Should().Contain("Thứ Hai, 26/12/2022");
        (await head.TextContentAsync("[data-step='annual-report']")).Should().Contain("Quá hạn, chưa nộp");
        await head.SaveAsync("head-dashboard");
    }

    [Fact]
    public async Task Setting_the_conference_date_shows_the_new_deadlines_before_confirming()
    {
        var head = await host.SignInAsync(host.People.Head);
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022/ngay-hoi-nghi");
        await head.SelectOptionAsync("#step", "summary-conference");
        await head.FillAsync("#date", "17/02/2023");
        await head.ClickAsync("#preview");
        var preview = await head.TextContentAsync("#preview-result");
        // Five days before Friday 17/02/2023, counted as the definition says.
        preview.Should().Contain("Thứ Sáu, 17/02/2023");
        await head.SaveAsync("head-conference-date-preview");

        await head.ClickAsync("#confirm");
        (await head.TextContentAsync("#saved")).Should().Contain("Đã ấn định ngày");
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022");
        (await head.TextContentAsync("[data-step='summary-conference'] .due")).Should().Contain("Thứ Sáu, 17/02/2023");
        await head.SaveAsync("head-conference-date-set");
    }

    [Fact]
    public async Task A_date_outside_the_rule_is_refused_next_to_the_field()
    {
        var head = await host.SignInAsync(host.People.Head);
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022/ngay-hoi-nghi");
        await head.SelectOptionAsync("#step", "summary-conference");
        await head.FillAsync("#date", "15/06/2023");
        await head.ClickAsync("#preview");
        (await head.TextContentAsync("[data-error-for='date']")).Should().Contain("phải từ");
        (await head.QuerySelectorAsync("#preview-result")).Should().BeNull();
        await head.SaveAsync("head-conference-date-refused");
    }
}
