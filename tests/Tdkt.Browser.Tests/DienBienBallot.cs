using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Contracts;

namespace Tdkt.Browser.Tests;

/// <summary>
/// The Điện Biên 2022 summary conference set up through the voting API, as the head and the units would: the final
/// scores (sent on the bus, since appraisal's shared demo year must not be finalized) leave the excellence flag to a
/// vote between two units tied at the top; five delegates are checked in and agree under consensus.
/// </summary>
public sealed class DienBienBallot(BrowserHost host)
{
    public const string Cluster = "dien-bien-vung-cao";
    public const int Year = 2022;
    public const string Flag = "co_xuat_sac";
    public static readonly string[] Members = ["tua-chua", "dien-bien-dong", "muong-cha", "muong-nhe", "nam-po"];
    public static string Base => $"/voting/clusters/{Cluster}/years/{Year}";

    public HttpClient Head() => host.Api("head", "tua-chua");

    public async Task OpenElectionAsync()
    {
        await host.Host.Services.GetRequiredService<IBus>().Publish(TieAtTheTop());
        using var head = Head();
        for (var i = 0; !(await Json(await head.GetAsync($"{Base}/election"))).GetProperty("scoresReady").GetBoolean(); i++)
        {
            i.Should().BeLessThan(200, "the voting service receives the final scores");
            await Task.Delay(100);
        }
        await Ok(head.PutAsJsonAsync($"{Base}/conferences/summary", new { date = "17/02/2023", venue = "Hội trường UBND huyện Tủa Chùa" }));
        foreach (var unit in Members)
            await Ok(head.PostAsJsonAsync($"{Base}/conferences/summary/attendance",
                new { unitId = unit, delegateName = $"Đại biểu {unit}", delegatePosition = "Phó Chủ tịch UBND huyện" }));
        await Ok(head.PostAsJsonAsync($"{Base}/election", new { method = "consensus" }));
        foreach (var unit in Members)
        {
            using var member = unit == "tua-chua" ? Head() : host.Api("unit", unit);
            await Ok(member.PostAsJsonAsync($"{Base}/election/answers", new { agrees = true, comment = (string?)null }));
        }
    }

    /// <summary>Opens the flag's next round and prints a slip (code and link) for each of the five delegates.</summary>
    public async Task<List<Slip>> OpenRoundAsync(int number)
    {
        using var head = Head();
        (await Json(await head.PostAsJsonAsync($"{Base}/rounds", new { awardId = Flag }))).GetProperty("number").GetInt32().Should().Be(number);
        var slips = await (await Ok(head.PostAsJsonAsync($"{Base}/rounds/{number}/slips",
            new { ballotPage = new Uri(host.Address, "/bo-phieu").ToString() }))).Content.ReadFromJsonAsync<List<Slip>>();
        slips.Should().HaveCount(Members.Length);
        return slips!;
    }

    public async Task<string> CastAsync(string code, params string[] choices)
    {
        using var anyone = host.Host.Client();
        var cast = await Json(await Ok(anyone.PostAsJsonAsync("/voting/public/ballots", new { code, choices })));
        return cast.GetProperty("receipt").GetString()!;
    }

    public async Task<JsonElement> RoundAsync(int number)
    {
        using var head = Head();
        return await Json(await head.GetAsync($"{Base}/rounds/{number}"));
    }

    public async Task CloseAsync(int number)
    {
        using var head = Head();
        await Ok(head.PostAsync($"{Base}/rounds/{number}/close", null));
    }

    public static ScoresFinalized TieAtTheTop()
    {
        FinalUnitScore Unit(string id, string name, decimal total, int rank, params string[] tied) =>
            new(id, name, id == "tua-chua", [], 0, 0, total, rank, tied, "eligible", [], false);
        return new ScoresFinalized(Cluster, Year, DateTimeOffset.UtcNow, "db-huyen-vung-cao", 1,
            [
                Unit("dien-bien-dong", "UBND huyện Điện Biên Đông", 96, 1, "muong-cha"),
                Unit("muong-cha", "UBND huyện Mường Chà", 96, 1, "dien-bien-dong"),
                Unit("tua-chua", "UBND huyện Tủa Chùa", 93, 3),
                Unit("muong-nhe", "UBND huyện Mường Nhé", 90, 4),
                Unit("nam-po", "UBND huyện Nậm Pồ", 88, 5),
            ],
            [
                new ProposedAward(Flag, "Cờ thi đua xuất sắc của UBND tỉnh", 1, "vote-required", [], ["dien-bien-dong", "muong-cha"], 1, 0,
                    ["Hai đơn vị bằng điểm ở hạng 1: hội nghị bỏ phiếu."]),
                new ProposedAward("bang_khen", "Bằng khen của UBND tỉnh (Nhì, Ba)", 2, "proposed", ["tua-chua"], [], 0, 1, []),
            ]);
    }

    private static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        response.IsSuccessStatusCode.Should().BeTrue($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: " +
            await response.Content.ReadAsStringAsync());
        return response;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public sealed record Slip(string Code, string Url);
}
