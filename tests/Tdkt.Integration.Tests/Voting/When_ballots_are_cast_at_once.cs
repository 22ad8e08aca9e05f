using System.Net;
using System.Net.Http.Json;
using FluentAssertions;

namespace Tdkt.Integration.Tests.Voting;

[Collection(RealServers.Name)]
public sealed class When_ballots_are_cast_at_once(VotingServer server) : IClassFixture<VotingServer>
{
    [Fact]
    public async Task A_hundred_units_casting_together_put_a_hundred_ballots_in_one_unbroken_chain()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "db-huyen-vung-cao", 100);
        var round = await c.BallotRoundAsync(units, candidates: [units[0], units[1], units[2]]);
        using var head = c.Head();
        var slips = await c.OkAsync(head.PostAsJsonAsync($"{c.Path}/rounds/{round}/slips", new { ballotPage = "https://tdkt.example.vn/bo-phieu" }));
        var codes = slips.EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToList();
        codes.Should().HaveCount(100).And.OnlyHaveUniqueItems();
        slips[0].GetProperty("qrPng").GetString().Should().StartWith("data:image/png;base64,");

        var receipts = await Task.WhenAll(codes.Select((code, i) => Task.Run(() => c.CastAsync(code, units[i % 3]))));

        receipts.Should().OnlyHaveUniqueItems();
        (await c.OkAsync(head.GetAsync($"{c.Path}/rounds/{round}"))).GetProperty("ballotsCast").GetInt32().Should().Be(100);
        await c.CloseAsync(round);
        var box = await c.PublishedRoundAsync(round);
        box.GetProperty("ballots").EnumerateArray().Select(b => b.GetProperty("receipt").GetString()).Should().BeEquivalentTo(receipts);
        box.GetProperty("chainIntact").GetBoolean().Should().BeTrue();
        box.GetProperty("tallyMatches").GetBoolean().Should().BeTrue();
        box.GetProperty("round").GetProperty("candidates").EnumerateArray().Select(x => x.GetProperty("votes").GetInt32()).Should().Equal(34, 33, 33);
    }

    [Fact]
    public async Task Two_casts_with_the_same_code_store_one_ballot_and_a_used_invalid_or_late_code_changes_nothing()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "db-huyen-vung-cao", 5);
        var round = await c.BallotRoundAsync(units);
        using var head = c.Head();
        var codes = await c.CodesAsync(round, units);
        using var anybody = c.Anybody();

        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => anybody.PostAsJsonAsync("/voting/public/ballots", new { code = codes[units[0]], choices = new[] { units[1] } })));
        twice.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await c.ProblemAsync(anybody.PostAsJsonAsync("/voting/public/ballots", new { code = codes[units[0]].ToLowerInvariant().Replace("-", " "), choices = new[] { units[2] } }),
            HttpStatusCode.Conflict)).Should().Be("Mã này đã được dùng để bỏ phiếu. Mỗi mã chỉ bỏ phiếu được một lần.");
        (await c.ProblemAsync(anybody.PostAsJsonAsync("/voting/public/ballots", new { code = "AAAA-BBBB-CCCC", choices = new[] { units[2] } }),
            HttpStatusCode.BadRequest)).Should().StartWith("code: Mã bỏ phiếu không đúng.");
        (await c.ProblemAsync(anybody.PostAsJsonAsync("/voting/public/ballots", new { code = codes[units[1]], choices = new[] { units[1], units[2] } }),
            HttpStatusCode.BadRequest)).Should().Contain("choices: Vòng này bầu 1 đơn vị; phiếu chọn 2 đơn vị là phiếu không hợp lệ.");
        (await c.ProblemAsync(head.PostAsync($"{c.Path}/rounds/{round}/code", null), HttpStatusCode.Conflict))
            .Should().Contain("Mã chỉ hiện một lần và không cấp lại");
        await c.CastAsync(codes[units[1]], units[1]);
        (await c.OkAsync(head.GetAsync($"{c.Path}/rounds/{round}"))).GetProperty("ballotsCast").GetInt32().Should().Be(2);

        await c.CloseAsync(round);
        (await c.ProblemAsync(anybody.PostAsJsonAsync("/voting/public/ballots", new { code = codes[units[2]], choices = new[] { units[1] } }),
            HttpStatusCode.Conflict)).Should().Contain("đã đóng; không nhận thêm phiếu");
        var box = await c.PublishedRoundAsync(round);
        box.GetProperty("ballots").GetArrayLength().Should().Be(2);
        box.GetProperty("chainIntact").GetBoolean().Should().BeTrue();
    }
}
