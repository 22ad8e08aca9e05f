using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Contracts;
using Tdkt.Testing;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>
/// The summary conference of the Điện Biên highland cluster, 2022 (seed 004; its framework: quorum a majority, votes
/// counted on those present, consensus by default, the head elected), after DienBienYear finalized the scores:
/// every member present, Mường Chà objects to the proposed ranking, so the flag goes to a secret ballot. Round 1 ties
/// 2–2 (one blank), round 2 between the two elects Tủa Chùa 3–2; round 3 fills the two certificates; then next year's
/// head and deputy are elected. Every step through the HTTP APIs; works on any host serving voting.
/// </summary>
public sealed class DienBienConference(Uri voting)
{
    public static readonly string[] Units = DienBienYear.Units;
    public readonly ConferenceClients C = new(voting, DienBienYear.Cluster, DienBienYear.Year, "tua-chua");
    public List<string> Receipts { get; } = [];

    public async Task<(NominationsDecided Nominations, LeadershipElected Leadership)> RunAsync()
    {
        using var head = C.Head();
        await C.ScheduleSummaryAsync("13/01/2023", "Hội trường UBND huyện Tủa Chùa");
        var ready = await C.ElectionReadyAsync();
        ready.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("awardId").GetString()).Should().Equal("co_xuat_sac", "bang_khen");
        await C.CheckInAsync(Units);
        var opened = await C.OkAsync(head.PostAsJsonAsync($"{C.Path}/election", new { }));
        opened.GetProperty("method").GetString().Should().Be("consensus", "ĐB's framework proposes by consensus");

        foreach (var unit in Units.Where(u => u != "muong-cha"))
        {
            using var u = C.Unit(unit);
            await C.OkAsync(u.PostAsJsonAsync($"{C.Path}/election/answers", new { agrees = true }));
        }
        using (var muongCha = C.Unit("muong-cha"))
        {
            var objected = await C.OkAsync(muongCha.PostAsJsonAsync($"{C.Path}/election/answers",
                new { agrees = false, comment = "Đề nghị bỏ phiếu kín để suy tôn đơn vị dẫn đầu." }));
            objected.GetProperty("method").GetString().Should().Be("ballot", "one objection moves the nomination to a secret ballot");
        }

        var tie = await RoundAsync("co_xuat_sac", ["tua-chua", "dien-bien-dong", "muong-cha"],
            [["tua-chua"], ["tua-chua"], ["dien-bien-dong"], ["dien-bien-dong"], []]);
        Votes(tie).Should().Equal(("tua-chua", 2, false), ("dien-bien-dong", 2, false), ("muong-cha", 0, false));
        var second = await RoundAsync("co_xuat_sac", ["tua-chua", "dien-bien-dong"],
            [["tua-chua"], ["tua-chua"], ["tua-chua"], ["dien-bien-dong"], ["dien-bien-dong"]]);
        Votes(second).Should().Equal(("tua-chua", 3, true), ("dien-bien-dong", 2, false));
        var certificates = await RoundAsync("bang_khen", null,
            [["dien-bien-dong", "muong-cha"], ["dien-bien-dong", "muong-cha"], ["dien-bien-dong", "muong-cha"], ["dien-bien-dong", "muong-cha"], ["dien-bien-dong", "nam-po"]]);
        Votes(certificates).Should().Equal(("dien-bien-dong", 5, true), ("muong-cha", 4, true), ("nam-po", 1, false));

        var nominations = (await C.OkAsync(head.PostAsync($"{C.Path}/election/decide", null))).Deserialize<NominationsDecided>(JsonSerializerOptions.Web)!;

        await RoundAsync("truong-cum", null, [["dien-bien-dong"], ["dien-bien-dong"], ["dien-bien-dong"], ["dien-bien-dong"], ["muong-cha"]]);
        await RoundAsync("pho-cum", null, [["muong-cha"], ["muong-cha"], ["muong-cha"], ["nam-po"], ["nam-po"]]);
        var leadership = (await C.OkAsync(head.PostAsync($"{C.Path}/election/leadership", null))).Deserialize<LeadershipElected>(JsonSerializerOptions.Web)!;
        await C.OkAsync(head.PostAsync($"{C.Path}/conferences/summary/held", null));
        return (nominations, leadership);
    }

    /// <summary>Opens a round, each unit takes its code and casts one of the given ballots, the head closes it.</summary>
    private async Task<JsonElement> RoundAsync(string awardId, string[]? candidates, string[][] ballots)
    {
        var round = await C.OpenRoundAsync(awardId, candidates);
        var codes = await C.CodesAsync(round, Units);
        foreach (var (code, choices) in codes.Values.Zip(ballots)) Receipts.Add(await C.CastAsync(code, choices));
        return await C.CloseAsync(round);
    }

    private static IEnumerable<(string, int, bool)> Votes(JsonElement round) => round.GetProperty("candidates").EnumerateArray()
        .Select(c => (c.GetProperty("unitId").GetString()!, c.GetProperty("votes").GetInt32(), c.GetProperty("elected").GetBoolean()));

    /// <summary>What anybody can check afterwards: every receipt is in a published box, every chain holds, every tally matches it.</summary>
    public async Task EveryReceiptIsCountedAsync()
    {
        using var anybody = C.Anybody();
        foreach (var receipt in Receipts)
            (await C.OkAsync(anybody.GetAsync($"/voting/public/receipts/{receipt}"))).GetProperty("counted").GetBoolean().Should().BeTrue();
        for (var round = 1; round <= 5; round++)
        {
            var box = await C.PublishedRoundAsync(round);
            box.GetProperty("chainIntact").GetBoolean().Should().BeTrue();
            box.GetProperty("tallyMatches").GetBoolean().Should().BeTrue();
            box.GetProperty("ballots").GetArrayLength().Should().Be(5);
        }
    }

    public static void ShouldBeTheConferenceOutcome(NominationsDecided n, LeadershipElected l)
    {
        n.Method.Should().Be("ballot");
        n.HeldOn.Should().Be(new DateOnly(2023, 1, 13));
        n.Attendance.Select(a => a.UnitId).Should().BeEquivalentTo(Units);
        n.Quorum.Should().Be(n.Quorum with { Rule = "majority", Members = 5, Required = 3, Present = 5, MajorityOf = "present" });
        n.Awards.Select(a => (a.AwardId, string.Join(",", a.Winners), a.DecidedBy)).Should().Equal(
            ("co_xuat_sac", "tua-chua", "ballot"), ("bang_khen", "dien-bien-dong,muong-cha", "ballot"));
        n.Rounds.Select(r => (r.Number, r.AwardId, string.Join(" ", r.Tally.Select(t => $"{t.UnitId}:{t.Votes}")))).Should().Equal(
            (1, "co_xuat_sac", "tua-chua:2 dien-bien-dong:2 muong-cha:0"),
            (2, "co_xuat_sac", "tua-chua:3 dien-bien-dong:2"),
            (3, "bang_khen", "dien-bien-dong:5 muong-cha:4 nam-po:1"));
        n.Rounds.Should().OnlyContain(r => r.Base == 5 && r.Threshold == 3 && r.BallotsCast == 5);
        (l.HeadUnitId, l.DeputyUnitId, l.ForYear, l.How).Should().Be(("dien-bien-dong", "muong-cha", 2023, "election"));
        l.Rounds.Select(r => r.AwardId).Should().Equal("truong-cum", "pho-cum");
    }
}
