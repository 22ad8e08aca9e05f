using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Tdkt.Contracts;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>Consensus, the scores' tie at the top (ĐB) decided by a vote, and the leadership by rotation (HĐ).</summary>
[Collection(RealServers.Name)]
public sealed class When_the_conference_decides_without_a_full_ballot(VotingServer server) : IClassFixture<VotingServer>
{
    [Fact]
    public async Task A_tie_at_the_top_is_voted_in_rounds_and_the_loser_takes_the_certificate_kept_for_it()
    {
        // What the scoring library proposes for ĐB when two units share the top score (seed 004: the tie is voted).
        var tied = await VotingOnlyYear.OpenAsync(server.Host, "db-huyen-vung-cao", 5, units =>
        [
            new ProposedAward("co_xuat_sac", "Cờ thi đua xuất sắc của UBND tỉnh", 1, "vote-required", [], [units[0], units[1]], 1, 0, []),
            new ProposedAward("bang_khen", "Bằng khen của UBND tỉnh", 2, "proposed", [units[2]], [], 0, 1, []),
        ]);
        var (c, units) = tied;
        await c.ScheduleSummaryAsync();
        await c.CheckInAsync(units);
        using var head = c.Head();
        await c.OkAsync(head.PostAsJsonAsync($"{c.Path}/election", new { }));
        foreach (var unit in units)
        {
            using var u = c.Unit(unit);
            await c.OkAsync(u.PostAsJsonAsync($"{c.Path}/election/answers", new { agrees = true }));
        }
        (await c.ProblemAsync(head.PostAsync($"{c.Path}/election/decide", null), HttpStatusCode.Conflict))
            .Should().Be("«Cờ thi đua xuất sắc của UBND tỉnh» còn 1 suất phải bỏ phiếu trong số Đơn vị 1, Đơn vị 2.");

        var first = await c.OpenRoundAsync("co_xuat_sac");
        var codes = (await c.CodesAsync(first, units)).Values.ToList();
        foreach (var (code, choice) in codes.Zip(new[] { units[0], units[0], units[1], units[1], null }))
            await c.CastAsync(code, choice is null ? [] : [choice]);
        (await c.CloseAsync(first)).GetProperty("candidates").EnumerateArray().Should().OnlyContain(x => !x.GetProperty("elected").GetBoolean());
        var next = (await c.OkAsync(head.GetAsync($"{c.Path}/rounds/choices"))).EnumerateArray().First(x => x.GetProperty("awardId").GetString() == "co_xuat_sac");
        next.GetProperty("seats").GetInt32().Should().Be(1);
        next.GetProperty("candidates").EnumerateArray().Select(x => x.GetString()).Should().Equal([units[0], units[1]],
            "nobody reached more than half, so both stand again for the seat");
        var second = await c.OpenRoundAsync("co_xuat_sac");
        codes = (await c.CodesAsync(second, units)).Values.ToList();
        foreach (var (code, choice) in codes.Zip(new[] { units[1], units[1], units[1], units[0], units[0] }))
            await c.CastAsync(code, choice);
        await c.CloseAsync(second);

        var decided = (await c.OkAsync(head.PostAsync($"{c.Path}/election/decide", null))).Deserialize<NominationsDecided>(JsonSerializerOptions.Web)!;
        decided.Method.Should().Be("consensus");
        decided.Awards.Select(a => (a.AwardId, string.Join(",", a.Winners), a.DecidedBy)).Should().Equal(
            ("co_xuat_sac", units[1], "ballot"), ("bang_khen", $"{units[2]},{units[0]}", "consensus"));
        decided.Rounds.Select(r => r.Tally.Count).Should().Equal(2, 2);
    }

    [Fact]
    public async Task By_consensus_the_proposals_stand_once_every_present_unit_agrees()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "bk-cum-huyen", 3);
        await c.ScheduleSummaryAsync();
        await c.CheckInAsync(units);
        using var head = c.Head();
        await c.OkAsync(head.PostAsJsonAsync($"{c.Path}/election", new { }));
        using (var first = c.Unit(units[0])) await c.OkAsync(first.PostAsJsonAsync($"{c.Path}/election/answers", new { agrees = true }));
        (await c.ProblemAsync(head.PostAsync($"{c.Path}/election/decide", null), HttpStatusCode.Conflict))
            .Should().Be("Còn 2 đơn vị dự họp chưa xác nhận kết quả: Đơn vị 2, Đơn vị 3.");
        (await c.ProblemAsync(head.PostAsJsonAsync($"{c.Path}/rounds", new { awardId = "co" }), HttpStatusCode.Conflict))
            .Should().Contain("chỉ bỏ phiếu khi có đơn vị không nhất trí");
        foreach (var unit in units.Skip(1))
        {
            using var u = c.Unit(unit);
            await c.OkAsync(u.PostAsJsonAsync($"{c.Path}/election/answers", new { agrees = true }));
        }
        var decided = await c.OkAsync(head.PostAsync($"{c.Path}/election/decide", null));
        decided.GetProperty("awards")[0].GetProperty("winners").EnumerateArray().Select(w => w.GetString()).Should().Equal(units[0]);
        decided.GetProperty("awards")[0].GetProperty("decidedBy").GetString().Should().Be("consensus");
        (await c.ProblemAsync(head.PostAsync($"{c.Path}/election/decide", null), HttpStatusCode.Conflict)).Should().Be("Kết quả suy tôn đã được công bố.");
    }

    [Fact]
    public async Task Where_the_rule_is_rotation_next_year_s_head_and_deputy_follow_this_year_s_head_without_a_vote()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "hd-quan-ha-dong", 4);
        await c.ScheduleSummaryAsync();
        await c.CheckInAsync(units.Take(3));
        using var head = c.Head();
        await c.OkAsync(head.PostAsJsonAsync($"{c.Path}/election", new { }));
        (await c.ProblemAsync(head.PostAsJsonAsync($"{c.Path}/rounds", new { awardId = "truong-cum" }), HttpStatusCode.Conflict))
            .Should().Contain("được giới thiệu luân phiên, không bỏ phiếu");

        var leadership = await c.OkAsync(head.PostAsync($"{c.Path}/election/leadership", null));

        (leadership.GetProperty("headUnitId").GetString(), leadership.GetProperty("deputyUnitId").GetString(), leadership.GetProperty("how").GetString())
            .Should().Be((units[1], units[2], "rotation"));
    }
}
