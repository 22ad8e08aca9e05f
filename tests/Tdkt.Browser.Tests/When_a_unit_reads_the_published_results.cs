using System.Net.Http.Json;
using FluentAssertions;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_a_unit_reads_the_published_results(BrowserHost host)
{
    private const string Results = "/don-vi/muong-cha/ket-qua/dien-bien-vung-cao/2022";

    [Fact]
    public async Task Each_point_has_its_trace_the_unit_answers_its_explanation_and_objects_and_the_head_answers()
    {
        using var headApi = host.Api("head", "tua-chua");
        (await headApi.PostAsJsonAsync("/appraisal/clusters/dien-bien-vung-cao/years/2022/explanations",
            new { unitId = "muong-cha", criterionId = "2.1", question = "Đề nghị nêu rõ số hội nghị quán triệt đã tổ chức.", workingDays = 3 }))
            .IsSuccessStatusCode.Should().BeTrue();
        (await headApi.PostAsJsonAsync("/appraisal/clusters/dien-bien-vung-cao/years/2022/publication", new { objectionWorkingDays = 5 }))
            .IsSuccessStatusCode.Should().BeTrue();

        var unit = await host.SignInAsync(host.People.OtherUnit);
        await unit.GotoAsync(Results);
        (await unit.Locator("#appraisal-table .trace").CountAsync()).Should().BeGreaterThan(0, "every point says how it was computed");
        var question = unit.Locator("#explanations li", new() { HasText = "số hội nghị quán triệt" });
        await question.Locator("textarea[name=answer]").FillAsync("Đã tổ chức 12 hội nghị quán triệt, có biên bản kèm theo.");
        await question.Locator("input[name=files]").FillAsync("Biên bản số 7/BB-UBND");
        await question.Locator("button[type=submit]").ClickAsync();
        (await unit.TextContentAsync("#done")).Should().Contain("Đã gửi giải trình");
        (await unit.Locator("#explanations li", new() { HasText = "số hội nghị quán triệt" }).TextContentAsync()).Should().Contain("12 hội nghị");

        await unit.SelectOptionAsync("#objection-criterion", "2.1");
        await unit.FillAsync("#objection-text", "Đơn vị đề nghị xem xét lại điểm tiêu chí 2.1.");
        await unit.ClickAsync("#send-objection");
        (await unit.TextContentAsync("#done")).Should().Contain("Đã gửi kiến nghị");
        await unit.SaveAsync("unit-published-results");

        var head = await host.SignInAsync(host.People.Head);
        await head.GotoAsync("/cum/dien-bien-vung-cao/2022/tham-dinh");
        (await head.TextContentAsync("#explanations")).Should().Contain("12 hội nghị");
        var objection = head.Locator("#objections li", new() { HasText = "xem xét lại điểm tiêu chí 2.1" });
        await objection.Locator("input[name=answer]").FillAsync("Giữ nguyên điểm thẩm định theo biên bản kiểm tra.");
        await objection.Locator("button[type=submit]").ClickAsync();
        (await head.Locator("#objections li", new() { HasText = "xem xét lại điểm tiêu chí 2.1" }).TextContentAsync()).Should().Contain("Giữ nguyên");
        await head.SaveAsync("head-objection-answered");
    }

    [Fact]
    public async Task Before_publication_another_cluster_s_table_is_not_shown()
    {
        var unit = await host.SignInAsync(host.People.Unit);
        await unit.GotoAsync("/don-vi/nam-po/ket-qua/bac-kan-huyen-thanh-pho/2019");
        (await unit.TextContentAsync("#problem")).Should().NotBeNullOrEmpty();
        (await unit.Locator("#appraisal-table").CountAsync()).Should().Be(0);
    }
}
