using System.Net;
using System.Net.Http.Json;
using FluentAssertions;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>SQLite has one writer: the casts queue for it, and none is lost or forks the chain.</summary>
public sealed class When_ballots_are_cast_at_once_on_the_embedded_host(EmbeddedVotingServer server) : IClassFixture<EmbeddedVotingServer>
{
    [Fact]
    public async Task A_hundred_casts_store_a_hundred_ballots_and_a_code_cast_twice_at_once_stores_one()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "db-huyen-vung-cao", 101);
        var round = await c.BallotRoundAsync(units, candidates: [units[0], units[1]]);
        using var head = c.Head();
        var codes = (await c.OkAsync(head.PostAsJsonAsync($"{c.Path}/rounds/{round}/slips", new { })))
            .EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToList();
        using var anybody = c.Anybody();

        var casts = codes.Take(100).Select((code, i) => Task.Run(() => c.CastAsync(code, units[i % 2])));
        var sameCode = Enumerable.Range(0, 2).Select(_ => Task.Run(() => anybody.PostAsJsonAsync("/voting/public/ballots", new { code = codes[100], choices = new[] { units[0] } })));
        var receipts = await Task.WhenAll(casts);
        var twice = await Task.WhenAll(sameCode);

        receipts.Should().OnlyHaveUniqueItems().And.HaveCount(100);
        twice.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await c.CloseAsync(round);
        var box = await c.PublishedRoundAsync(round);
        box.GetProperty("ballots").GetArrayLength().Should().Be(101);
        box.GetProperty("chainIntact").GetBoolean().Should().BeTrue();
        box.GetProperty("round").GetProperty("candidates").EnumerateArray().Select(x => x.GetProperty("votes").GetInt32()).Should().Equal(51, 50);
    }
}
