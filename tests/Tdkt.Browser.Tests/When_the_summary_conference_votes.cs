using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tdkt.Contracts;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

/// <summary>
/// Bắc Kạn 2019 (quorum: every member; consensus unless a member objects; next year's head and deputy elected): the
/// head of Chợ Đồn runs the summary conference on its page, Ba Bể objects and takes its ballot code on its own.
/// The final scores arrive as appraisal would send them (the shared demo year is not finalized through its API).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class When_the_summary_conference_votes(BrowserHost host)
{
    private const string Cluster = "bac-kan-huyen-thanh-pho";
    private const int Year = 2019;
    private const string HeadPage = $"/cum/{Cluster}/2019/hoi-nghi";
    private const string Api = $"/voting/clusters/{Cluster}/years/2019";

    [Fact]
    public async Task The_head_runs_it_from_check_in_to_the_announced_results_and_a_member_objects_and_votes_with_its_code()
    {
        var members = await MembersAsync();
        await FinalizeScoresAsync(members);
        var (first, second, third, fourth) = (members[0].Id, members[1].Id, members[2].Id, members[3].Id);

        var head = await host.SignInAsync(await Accounts.CreateOneAsync(host.Host, "thu-hn-cho-don", "Hoàng Văn Đồn", "head", "cho-don"));
        await head.GotoAsync(HeadPage);
        await head.FillAsync("#date-summary", "15/01/2020");
        await head.FillAsync("#venue-summary", "Hội trường UBND huyện Chợ Đồn");
        await head.ClickAsync("[data-conference='summary'] #preview");
        (await head.Locator("#preview-result").CountAsync()).Should().Be(1);
        await head.ClickAsync("#save-summary");
        (await head.TextContentAsync("[data-conference='summary'] .when")).Should().Contain("15/01/2020").And.Contain("Hội trường UBND huyện Chợ Đồn");
        await head.SaveAsync("head-conference-schedule");

        // BK needs every member present: all but one checked in, the nomination is refused naming the one missing.
        foreach (var m in members.SkipLast(1)) await CheckInAsync(head, m.Id);
        (await head.GetAttributeAsync("#quorum", "class")).Should().Contain("not-met");
        await head.SelectOptionAsync("#method", "consensus");
        await head.ClickAsync("#open-election-button");
        (await head.TextContentAsync("#problem")).Should().Contain("còn thiếu 1 đơn vị");
        await CheckInAsync(head, members[^1].Id);
        (await head.GetAttributeAsync("#quorum", "class")).Should().Contain("met").And.NotContain("not-met");
        (await head.TextContentAsync("#quorum")).Should().Contain("8/8");
        await head.SaveAsync("head-conference-checkin");

        await head.SelectOptionAsync("#method", "consensus");
        await head.ClickAsync("#open-election-button");
        (await head.TextContentAsync("#method-now")).Should().Contain("Thống nhất");
        (await head.TextContentAsync("#not-answered")).Should().Contain("Chưa cho ý kiến (8)");

        // Ba Bể objects on its own page: the conference moves to a secret ballot.
        var unit = await host.SignInAsync(await Accounts.CreateOneAsync(host.Host, "thu-hn-ba-be", "Ma Thị Bể", "unit", "ba-be"));
        var unitPage = $"/don-vi/ba-be/hoi-nghi/{Cluster}/2019";
        await unit.GotoAsync(unitPage);
        await unit.CheckAsync("#object");
        await unit.ClickAsync("#send-answer");
        (await unit.TextContentAsync("[data-error-for='comment']")).Should().Contain("Lý do không nhất trí");
        await unit.CheckAsync("#object");
        await unit.FillAsync("#comment", "Đề nghị bỏ phiếu kín vì điểm của hai đơn vị đầu bảng quá sát nhau.");
        await unit.ClickAsync("#send-answer");
        (await unit.TextContentAsync("#done")).Should().Contain("chuyển sang bỏ phiếu kín");
        await unit.SaveAsync("unit-conference-objection");

        await head.GotoAsync(HeadPage);
        (await head.TextContentAsync("#method-now")).Should().Contain("Bỏ phiếu kín");
        (await head.TextContentAsync("#objection")).Should().Contain("UBND huyện Ba Bể").And.Contain("quá sát nhau");

        // Round 1, the Flag: every eligible unit stands, one seat.
        (await head.InputValueAsync("#award")).Should().Be("co_ubnd_tinh");
        (await head.Locator("#open-round input[name=candidates]:checked").CountAsync()).Should().Be(8);
        await head.ClickAsync("#open-round-button");
        (await head.TextContentAsync("#open-round-live")).Should().Contain("Vòng 1").And.Contain("Cờ thi đua của UBND tỉnh");
        await head.SaveAsync("head-conference-round-open");

        await unit.GotoAsync(unitPage);
        await unit.ClickAsync("#take-code");
        var unitCode = (await unit.TextContentAsync("#code"))!.Trim();
        (await unit.GetAttributeAsync("#vote-link", "href")).Should().Be($"/bo-phieu#ma={unitCode}");
        (await unit.TextContentAsync("#code-warning")).Should().Contain("chỉ hiện một lần");
        (await unit.Locator("#take-code").CountAsync()).Should().Be(0);
        await unit.SaveAsync("unit-conference-code");
        await unit.GotoAsync(unitPage);
        (await unit.Locator("#ballot-code").CountAsync()).Should().Be(0, "the code is shown once");
        await unit.ClickAsync("#take-code");
        (await unit.TextContentAsync("#problem")).Should().Contain("đã nhận mã");

        await head.ClickAsync("#print-slips");
        var slips = await head.Locator(".slip-code").AllTextContentsAsync();
        slips.Should().HaveCount(7, "every unit present but Ba Bể, which took its code");
        (await head.Locator(".slip img").First.GetAttributeAsync("src")).Should().StartWith("data:image/png;base64,");
        await head.SaveAsync("head-conference-slips");

        var codes = slips.Select(c => c.Trim()).Append(unitCode).ToList();
        await CastAsync(codes.Take(6), first);
        await CastAsync(codes.Skip(6), second);
        await head.ClickAsync("#refresh");
        (await head.TextContentAsync("#ballots-cast")).Should().Be("8");
        (await head.TextContentAsync("#codes-issued")).Should().Be("8");
        (await head.TextContentAsync("#open-round-live")).Should().NotContain("Trúng cử", "no votes are shown while the round is open");
        await head.SaveAsync("head-conference-live-count");
        await head.ClickAsync("#close-round");
        var tally = head.Locator("[data-round='1'].closed");
        (await tally.Locator($"[data-candidate='{first}']").TextContentAsync()).Should().Contain("6").And.Contain("Trúng cử");
        (await tally.Locator(".result-link").GetAttributeAsync("href")).Should().Be($"/ket-qua-bo-phieu/{Cluster}/2019/1");

        // Round 2, the Certificates of Merit: two seats among the others.
        await RunRoundAsync(head, "bang_khen", [[second, third], [second, third], [second, third], [second, third], [second, third], [fourth], [fourth], [fourth]]);
        (await head.TextContentAsync("[data-round='2'].closed")).Should().Contain("Trúng cử");
        await head.ClickAsync("#decide");
        (await head.TextContentAsync("#decided [data-award='co_ubnd_tinh']")).Should().Contain(members[0].Name);
        (await head.TextContentAsync("#decided [data-award='bang_khen']")).Should().Contain(members[1].Name).And.Contain(members[2].Name);
        await head.SaveAsync("head-conference-decided");

        // Next year's head and deputy, each in its round.
        await RunRoundAsync(head, "truong-cum", Enumerable.Repeat<string[]>(["ba-be"], 8).ToList());
        await RunRoundAsync(head, "pho-cum", Enumerable.Repeat<string[]>(["bach-thong"], 8).ToList());
        await head.ClickAsync("#leadership");
        (await head.TextContentAsync("#leadership-elected")).Should().Contain("Cụm trưởng: UBND huyện Ba Bể").And.Contain("Cụm phó: UBND huyện Bạch Thông");
        await head.ClickAsync("#held");
        (await head.TextContentAsync("#done")).Should().Contain("kết thúc");
        (await head.TextContentAsync("[data-conference='summary'] .when")).Should().Contain("Đã tổ chức");
        (await head.Locator("#held, #open-round-button").CountAsync()).Should().Be(0, "nothing is left to vote or to close");
        await head.SaveAsync("head-conference-held");

        await unit.GotoAsync(unitPage);
        (await unit.Locator(".round.closed").CountAsync()).Should().Be(4);
        (await unit.TextContentAsync("#decided")).Should().Contain(members[0].Name);
        await unit.SaveAsync("unit-conference-results");
    }

    [Fact]
    public async Task A_unit_of_another_cluster_is_refused_the_conference_page()
    {
        var page = await host.SignInAsync(host.People.Unit);
        var response = await page.GotoAsync($"/don-vi/nam-po/hoi-nghi/{Cluster}/2019");
        response!.Status.Should().Be(403);
        (await page.TextContentAsync("#refused")).Should().Contain("Cụm thi đua các huyện, thành phố tỉnh Bắc Kạn");
        (await page.Locator("#answer-form button, #take-code").CountAsync()).Should().Be(0);
        await page.SaveAsync("unit-conference-refused");
    }

    private async Task CheckInAsync(IPage head, string unitId)
    {
        var row = head.Locator($"form[data-unit='{unitId}']");
        await row.Locator("input[name=delegateName]").FillAsync($"Đại biểu {unitId}");
        await row.Locator("input[name=delegatePosition]").FillAsync("Phó Chủ tịch UBND");
        await row.Locator("button[type=submit]").ClickAsync();
        (await head.Locator($"form[data-unit='{unitId}']").TextContentAsync()).Should().Contain("Có mặt");
    }

    /// <summary>Opens a round for the award on the page with its default candidates, hands out codes, casts the ballots, closes it.</summary>
    private async Task RunRoundAsync(IPage head, string awardId, IReadOnlyList<string[]> ballots)
    {
        await head.SelectOptionAsync("#award", awardId);
        await head.ClickAsync("#choose");
        await head.ClickAsync("#open-round-button");
        var number = int.Parse((await head.GetAttributeAsync("#open-round-live", "data-round"))!);
        using var api = host.Api("head", "cho-don");
        var response = await api.PostAsJsonAsync($"{Api}/rounds/{number}/slips", new { ballotPage = "/bo-phieu" });
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        var codes = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!.Select(s => s.GetProperty("code").GetString()!).ToList();
        for (var i = 0; i < ballots.Count; i++) await CastAsync([codes[i]], ballots[i]);
        await head.ClickAsync("#close-round");
        (await head.Locator($"[data-round='{number}'].closed").CountAsync()).Should().Be(1);
    }

    private async Task CastAsync(IEnumerable<string> codes, params string[] choices)
    {
        using var anonymous = host.Host.Client();
        foreach (var code in codes)
        {
            var response = await anonymous.PostAsJsonAsync("/voting/public/ballots", new { code, choices });
            response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        }
    }

    private async Task<List<Member>> MembersAsync()
    {
        using var admin = host.Api("admin");
        var year = await admin.GetFromJsonAsync<JsonElement>($"/registry/clusters/{Cluster}/years/{Year}");
        return year.GetProperty("members").EnumerateArray()
            .Select(m => new Member(m.GetProperty("id").GetString()!, m.GetProperty("name").GetString()!)).ToList();
    }

    /// <summary>The scores as appraisal finalizes them: ranked in the registry's order, the awards as the BK framework names them.</summary>
    private async Task FinalizeScoresAsync(List<Member> members)
    {
        var units = members.Select((m, i) => new FinalUnitScore(m.Id, m.Name, m.Id == "cho-don", [], 0m, 0m, 95m - 2 * i, i + 1, [],
            "eligible", [], false)).ToList();
        ProposedAward Award(string id, string name, int seats, IEnumerable<string> proposed) =>
            new(id, name, seats, "proposed", proposed.ToList(), [], 0, 0, []);
        await host.Host.Services.GetRequiredService<IBus>().Publish(new ScoresFinalized(Cluster, Year, DateTimeOffset.UtcNow, "bk-cum-huyen", 1, units,
            [Award("co_ubnd_tinh", "Cờ thi đua của UBND tỉnh", 1, [members[0].Id]),
             Award("bang_khen", "Bằng khen của Chủ tịch UBND tỉnh", 2, [members[1].Id, members[2].Id])]));
        using var admin = host.Api("admin");
        await Eventually.Until(async () => (await admin.GetFromJsonAsync<JsonElement>($"{Api}/election")).GetProperty("scoresReady").GetBoolean(),
            ready => ready, TimeSpan.FromSeconds(60), "the voting service to receive the final scores");
    }

    private sealed record Member(string Id, string Name);
}
