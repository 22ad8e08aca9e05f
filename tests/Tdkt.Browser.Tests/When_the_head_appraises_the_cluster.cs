using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.Playwright;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_the_head_appraises_the_cluster(BrowserHost host)
{
    private const string Table = "/cum/dien-bien-vung-cao/2022/tham-dinh";
    private const string MuongNhe = Table + "/muong-nhe";

    [Fact]
    public async Task Self_and_appraised_points_stand_side_by_side_and_a_second_save_of_the_same_criterion_meets_a_conflict()
    {
        using var unit = host.Api("unit", "muong-nhe");
        (await unit.PostAsync("/intake/clusters/dien-bien-vung-cao/years/2022/units/muong-nhe/self-assessments",
            SampleSheets.Of("db-huyen-vung-cao").Body("muong-nhe"))).IsSuccessStatusCode.Should().BeTrue();
        var head = await host.SignInAsync(host.People.Head);
        await Eventually(async () =>
        {
            await head.GotoAsync(MuongNhe);
            return (await head.TextContentAsync("[data-row='1.8'] .self-points")) == "38";
        });
        await head.GotoAsync(Table);
        (await head.Locator("#appraisal-table thead th[data-unit]").CountAsync()).Should().Be(5);
        // Mường Nhé has sent its self-assessment, so it is not marked; the head's own bonus row is in the table.
        (await head.Locator("[data-not-submitted='muong-nhe']").CountAsync()).Should().Be(0);
        (await head.Locator("#appraisal-table tr[data-criterion='T-CT']").CountAsync()).Should().Be(1);
        await head.SaveAsync("head-appraisal-table");

        await head.GotoAsync(MuongNhe);
        await SaveAsync(head, "1.8", "35", "Theo biên bản kiểm tra chéo số 3");
        (await head.TextContentAsync("#saved")).Should().Contain("1.8");
        (await head.TextContentAsync("[data-row='1.8'] .points")).Should().Be("35");
        (await head.TextContentAsync("[data-row='1.8'] .self-points")).Should().Be("38");
        (await head.TextContentAsync("[data-row='1.8'] .comment")).Should().Be("Theo biên bản kiểm tra chéo số 3");

        // Two people at the same criterion: the second one started from the revision the first has just replaced.
        var deputy = await host.SignInAsync(host.People.Head);
        await deputy.GotoAsync(MuongNhe);
        await SaveAsync(head, "1.8", "36", "Điều chỉnh sau khi đối chiếu");
        await SaveAsync(deputy, "1.8", "30", "Ý kiến khác");
        (await deputy.TextContentAsync("[data-row='1.8'] .conflict")).Should().Contain("điểm 36");
        (await deputy.TextContentAsync("[data-row='1.8'] .points")).Should().Be("36");
        await deputy.SaveAsync("head-appraisal-conflict");

        await head.GotoAsync(MuongNhe);
        await head.SelectOptionAsync("#fact", "under_investigation");
        await head.FillAsync("#status-reason", "Công văn số 45/TTr ngày 01/12/2022 của Thanh tra tỉnh");
        await head.ClickAsync("#add-status");
        (await head.TextContentAsync("#statuses")).Should().Contain("Công văn số 45/TTr");
        (await head.TextContentAsync("#no-deduction-types")).Should().Contain("không quy định loại điểm trừ");
        (await head.Locator("#audit tbody tr[data-audit='value']").CountAsync()).Should().BeGreaterThanOrEqualTo(2);
        await head.SaveAsync("head-appraisal-unit");
    }

    [Fact]
    public async Task Explanations_are_requested_results_published_and_finalizing_too_early_is_refused_with_its_reason()
    {
        var head = await host.SignInAsync(host.People.Head);
        await head.GotoAsync(Table);
        await head.SelectOptionAsync("#explain-unit", "nam-po");
        await head.SelectOptionAsync("#explain-criterion", "1.1");
        await head.FillAsync("#explain-question", "Đề nghị giải trình số thu ngân sách đạt 60% kế hoạch.");
        await head.ClickAsync("#request-explanation");
        (await head.TextContentAsync("#done")).Should().Contain("Đã gửi yêu cầu giải trình");
        (await head.TextContentAsync("#explanations")).Should().Contain("số thu ngân sách");

        await head.FillAsync("#objection-days", "5");
        await head.ClickAsync("#publish-button");
        (await head.TextContentAsync("#stage")).Should().Contain("Đã công bố");
        await head.ClickAsync("#finalize-button");
        (await head.TextContentAsync("#problem")).Should().Contain("kiến nghị đến hết ngày");
        await head.SaveAsync("head-appraisal-publish");
    }

    private static async Task SaveAsync(IPage page, string criterion, string score, string comment)
    {
        var row = page.Locator($"[data-row='{criterion}']");
        if (await row.Locator("details[open]").CountAsync() == 0) await row.Locator("summary").ClickAsync();
        await row.Locator($"[name='a[{criterion}].score']").FillAsync(score);
        await row.Locator("[name='comment']").FillAsync(comment);
        await row.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 40 && !await condition(); i++) await Task.Delay(250);
        (await condition()).Should().BeTrue();
    }
}
