using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Playwright;

namespace Tdkt.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class When_an_admin_changes_a_workflow(BrowserHost host)
{
    private const string Step = "[data-step='draft-report-to-members'] .due";

    [Fact]
    public async Task The_preview_moves_the_due_date_and_after_publishing_the_head_sees_it()
    {
        // The deadline of the draft report counts back from the summary conference, so the conference needs a date.
        await Conferences.ScheduleSummaryAsync(host, "dien-bien-vung-cao", 2022, "tua-chua", "17/02/2023", "Hội trường UBND huyện Tủa Chùa");

        var admin = await host.SignInAsync(host.People.Admin);
        await admin.GotoAsync("/quan-tri/quy-trinh/db-cum-vung-cao/1");
        await admin.SelectOptionAsync("#cluster", "dien-bien-vung-cao");
        await admin.FillAsync("#year", "2022");
        await admin.ClickAsync("#preview");
        var before = DateOf(await admin.TextContentAsync($"#preview-table {Step}"));

        var yaml = await admin.InputValueAsync("#yaml");
        yaml.Should().Contain("days: 5").And.Contain("status: draft", "a published version is edited as the draft of the next one");
        await admin.FillAsync("#yaml", yaml.Replace("days: 5", "days: 9"));
        await admin.SelectOptionAsync("#cluster", "dien-bien-vung-cao");
        await admin.FillAsync("#year", "2022");
        await admin.ClickAsync("#preview");
        var after = DateOf(await admin.TextContentAsync($"#preview-table {Step}"));
        after.Should().NotBe(before, "the offset grew from 5 to 9 days");
        DateOnly.ParseExact(after, "dd/MM/yyyy").Should().BeBefore(DateOnly.ParseExact(before, "dd/MM/yyyy"));
        await admin.SaveAsync("admin-workflow-preview");

        await admin.ClickAsync("#save");
        await admin.ClickAsync("#publish");
        var published = await (await admin.WaitForSelectorAsync("#published"))!.TextContentAsync();
        await admin.SaveAsync("admin-workflow-published");
        // The published version's own page, whose text and banner are both the draft of the version after it.
        admin.Url.Should().Contain("/quan-tri/quy-trinh/db-cum-vung-cao/2?", "the editor said \"{0}\"", published);
        published.Should().Contain("phiên bản 2").And.Contain("Năm thi đua 2022");
        (await admin.TextContentAsync("#new-version-note")).Should().Contain("phiên bản 3");
        (await admin.InputValueAsync("#yaml")).Should().Contain("version: 3").And.Contain("status: draft").And.Contain("days: 9");

        var headPage = await host.SignInAsync(host.People.Head);
        await headPage.GotoAsync("/cum/dien-bien-vung-cao/2022");
        DateOf(await headPage.TextContentAsync(Step)).Should().Be(after, "the editor said \"{0}\"", published);
        await headPage.SaveAsync("head-dashboard-after-workflow-change");
    }

    private static string DateOf(string? text) => DatePattern().Match(text ?? "").Value;

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4}")]
    private static partial Regex DatePattern();
}
