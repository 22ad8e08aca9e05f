using FluentAssertions;
using Microsoft.Playwright;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Sheets;
using Tdkt.Testing;
using Tdkt.Web.Components;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class When_a_unit_submits_its_self_assessment(BrowserHost host)
{
    private const string Form = "/don-vi/nam-po/tu-cham-diem/dien-bien-vung-cao/2022";
    private static readonly SampleSheets Sample = SampleSheets.Of("db-huyen-vung-cao");

    [Fact]
    public async Task The_score_follows_the_inputs_a_draft_comes_back_the_unit_gets_the_servers_score_and_the_head_sees_it()
    {
        // Nậm Pồ's figures of the hand-checked sample sheet, whose self total the scoring library computes.
        var sheet = Sample.Unit("nam-po");
        var expected = Vn.Number(ClusterScorer.Score(Sample.Framework, new ClusterSheets(null, null, true, [sheet])).Value!.Units[0].Total);
        var unit = await host.SignInAsync(host.People.Unit);
        await unit.GotoAsync(Form);
        (await unit.TextContentAsync("#score-total")).Should().Be("–");
        await FillAsync(unit, "c", sheet.Criteria);
        await FillAsync(unit, "b", sheet.Bonus);
        await unit.FillAsync("[name='c[1.1].evidence']", "Báo cáo số 12/BC-UBND");
        // Scored live by the scoring library, before anything is sent.
        await unit.WaitForFunctionAsync($"() => document.getElementById('score-total').textContent === '{expected}'");
        (await unit.TextContentAsync("[data-points='T1']")).Should().Be("10");
        (await unit.Locator("[name^='b[T-CT]']").CountAsync()).Should().Be(0, "only the year's head gets the head's bonus");
        await unit.SaveAsync("unit-self-assessment-form");

        await unit.ClickAsync("#save-draft");
        (await unit.TextContentAsync("#draft-saved")).Should().Contain("Đã lưu nháp");
        await unit.GotoAsync(Form);
        (await unit.TextContentAsync("#draft-loaded")).Should().Contain("bản nháp");
        (await unit.InputValueAsync("[name='c[1.1].value']")).Should().Be("300");
        (await unit.TextContentAsync("#score-total")).Should().Be(expected);

        await unit.ClickAsync("#submit");
        var receipt = await unit.TextContentAsync("#receipt");
        receipt.Should().Contain("Đã nộp bản tự chấm điểm");
        (await unit.TextContentAsync("#receipt-score")).Should().Be(expected, "the receipt shows the score intake computed");
        await unit.SaveAsync("unit-self-assessment-receipt");

        await unit.GotoAsync("/don-vi/nam-po/bai-da-nop/dien-bien-vung-cao/2022");
        (await unit.Locator("#submissions tbody tr").CountAsync()).Should().BeGreaterThan(0);
        (await unit.TextContentAsync("#submissions tbody tr >> nth=0 >> .score")).Should().Be(expected);
        // 2022 is over on the real clock: a version sent now is late, and says by how much.
        (await unit.TextContentAsync("#submissions tbody tr >> nth=0")).Should().Contain("nộp muộn");
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

    private static async Task FillAsync(IPage page, string prefix, IReadOnlyDictionary<string, CriterionInput> inputs)
    {
        foreach (var (id, i) in inputs)
        {
            async Task Set(string field, object? value)
            {
                if (value is not null) await page.FillAsync($"[name='{prefix}[{id}].{field}']", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
            }
            await Set("value", i.Value);
            await Set("plan", i.Plan);
            await Set("score", i.Score);
            await Set("count", i.Count);
            await Set("total", i.Total);
            if (i.Tier is { } tier) await page.SelectOptionAsync($"[name='{prefix}[{id}].tier']", tier);
            if (i.Done == true) await page.CheckAsync($"[name='{prefix}[{id}].done']");
        }
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 40 && !await condition(); i++) await Task.Delay(250);
        (await condition()).Should().BeTrue();
    }
}
