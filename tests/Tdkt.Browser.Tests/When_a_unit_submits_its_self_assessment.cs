using FluentAssertions;
using Microsoft.Playwright;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_a_unit_submits_its_self_assessment(BrowserHost host)
{
    private const string Form = "/don-vi/nam-po/tu-cham-diem/dien-bien-vung-cao/2022";

    [Fact]
    public async Task The_score_follows_the_inputs_the_unit_gets_a_receipt_and_the_head_sees_it()
    {
        var unit = await host.SignInAsync(host.People.Unit);
        await unit.GotoAsync(Form);
        (await unit.TextContentAsync("#score-total")).Should().Be("–");
        // The first criterion of the framework, whatever its kind: a number, a level to choose, or a box to tick.
        var first = unit.Locator("[data-criterion]").First;
        var id = await first.GetAttributeAsync("data-criterion");
        if (await first.Locator("select").CountAsync() > 0) await first.Locator("select").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        else if (await first.Locator("input[type=checkbox]").CountAsync() > 0) await first.Locator("input[type=checkbox]").CheckAsync();
        else
        {
            // A result and, for a percent-of-plan criterion, its plan: 95 of 100.
            var numbers = first.Locator("input[type=number]");
            for (var i = await numbers.CountAsync() - 1; i >= 0; i--) await numbers.Nth(i).FillAsync(i == 0 ? "95" : "100");
        }
        await first.Locator("input[type=text]").FillAsync("Báo cáo số 12/BC-UBND");
        // Scored live by the scoring library, before anything is sent.
        await unit.WaitForFunctionAsync("() => document.getElementById('score-total').textContent !== '–'");
        var live = await unit.TextContentAsync("#score-total");
        (await unit.TextContentAsync($"[data-points='{id}']")).Should().NotBe("–");
        await unit.SaveAsync("unit-self-assessment-form");

        await unit.ClickAsync("#submit");
        var receipt = await unit.TextContentAsync("#receipt");
        receipt.Should().Contain("Đã nộp bản tự chấm điểm").And.Contain($"tổng điểm tự chấm {live}");
        await unit.SaveAsync("unit-self-assessment-receipt");

        await unit.GotoAsync("/don-vi/nam-po/bai-da-nop/dien-bien-vung-cao/2022");
        (await unit.Locator("#submissions tbody tr").CountAsync()).Should().BeGreaterThan(0);
        await unit.SaveAsync("unit-submissions");

        var head = await host.SignInAsync(host.People.Head);
        await Eventually(async () =>
        {
            await head.GotoAsync("/cum/dien-bien-vung-cao/2022/tu-cham-diem");
            return await head.Locator("[data-unit='nam-po']").CountAsync() > 0;
        });
        (await head.Locator("[data-unit='nam-po']").First.TextContentAsync()).Should().Contain("Báo cáo số 12/BC-UBND");
        await head.SaveAsync("head-received-self-assessments");
    }

    [Fact]
    public async Task A_value_over_the_maximum_is_named_and_nothing_is_sent()
    {
        var unit = await host.SignInAsync(host.People.OtherUnit);
        await unit.GotoAsync("/don-vi/muong-cha/tu-cham-diem/dien-bien-vung-cao/2022");
        var manual = unit.Locator("[data-criterion]:has(input[name$='.score'])").First;
        await manual.Locator("input[name$='.score']").FillAsync("100000");
        await unit.ClickAsync("#submit");
        (await manual.Locator(".field-error").CountAsync()).Should().BeGreaterThan(0);
        (await unit.QuerySelectorAsync("#receipt")).Should().BeNull();
        await unit.SaveAsync("unit-self-assessment-error");
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 40 && !await condition(); i++) await Task.Delay(250);
        (await condition()).Should().BeTrue();
    }
}
