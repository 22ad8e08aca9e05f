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
    public async Task Scheduling_the_summary_conference_shows_the_new_deadlines_before_saving()
    {
        var head = await host.SignInAsync(host.People.Head);
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022/hoi-nghi");
        await head.FillAsync("#date-summary", "17/02/2023");
        await head.FillAsync("#venue-summary", "Hội trường UBND huyện Tủa Chùa");
        await head.ClickAsync("[data-conference='summary'] #preview");
        // Five days before Friday 17/02/2023, counted as the definition says.
        (await head.TextContentAsync("#preview-result")).Should().Contain("Thứ Sáu, 17/02/2023");
        (await head.InputValueAsync("#venue-summary")).Should().Be("Hội trường UBND huyện Tủa Chùa", "what the head typed stays");
        await head.SaveAsync("head-conference-date-preview");

        await head.ClickAsync("#save-summary");
        (await head.TextContentAsync("#done")).Should().Contain("Đã lên lịch Hội nghị tổng kết");
        (await head.TextContentAsync("[data-conference='summary'] .when")).Should().Contain("Thứ Sáu, 17/02/2023");
        await Conferences.SummaryPlannedAsync(host, "dien-bien-vung-cao", 2022, "17/02/2023");
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022");
        (await head.TextContentAsync("[data-step='summary-conference'] .due")).Should().Contain("Thứ Sáu, 17/02/2023");
        await head.SaveAsync("head-conference-date-set");
    }

    [Fact]
    public async Task A_date_outside_the_year_is_refused_next_to_the_field()
    {
        var head = await host.SignInAsync(host.People.Head);
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022/hoi-nghi");
        await head.FillAsync("#date-mid-year-review", "15/06/2024");
        await head.FillAsync("#venue-mid-year-review", "UBND huyện Tủa Chùa");
        await head.ClickAsync("#save-mid-year-review");
        (await head.TextContentAsync("[data-conference='mid-year-review'] [data-error-for='date']")).Should().Contain("phải từ 01/01/2022 đến 31/12/2023");
        (await head.TextContentAsync("[data-conference='mid-year-review'] .when")).Should().Contain("Chưa lên lịch");
        await head.SaveAsync("head-conference-date-refused");
    }
}
