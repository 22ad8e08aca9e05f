using System.Net;
using System.Net.Http.Json;
using FluentAssertions;

namespace Tdkt.Integration.Tests.Voting;

/// <summary>The quorum of each seed's rule, on 9 members: BK all (9), HĐ at least two thirds (6), ĐB a majority (5).</summary>
[Collection(RealServers.Name)]
public sealed class When_too_few_members_are_present(VotingServer server) : IClassFixture<VotingServer>
{
    [Theory]
    [InlineData("bk-cum-huyen", 9, "đủ 100% đơn vị thành viên")]
    [InlineData("hd-quan-ha-dong", 6, "ít nhất 2/3 đơn vị thành viên")]
    [InlineData("db-huyen-vung-cao", 5, "quá nửa số đơn vị thành viên")]
    public async Task Voting_cannot_open_and_the_problem_says_how_many_are_missing(string framework, int required, string rule)
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, framework, 9);
        await c.ScheduleSummaryAsync();
        await c.CheckInAsync(units.Take(required - 1));
        using var head = c.Head();

        var refusal = await c.ProblemAsync(head.PostAsJsonAsync($"{c.Path}/election", new { }), HttpStatusCode.Conflict);
        refusal.Should().Be($"Chưa đủ số đơn vị dự họp: cần {rule} ({required}/9), mới có {required - 1}; còn thiếu 1 đơn vị.");
        (await c.OkAsync(head.GetAsync($"{c.Path}/election"))).GetProperty("opened").GetBoolean().Should().BeFalse();
        (await c.ProblemAsync(head.PostAsync($"{c.Path}/conferences/summary/held", null), HttpStatusCode.Conflict))
            .Should().Contain("còn thiếu 1 đơn vị", "the summary conference is not held without its quorum either");

        await c.CheckInAsync(units.Skip(required - 1).Take(1));
        var opened = await c.OkAsync(head.PostAsJsonAsync($"{c.Path}/election", new { }));
        opened.GetProperty("opened").GetBoolean().Should().BeTrue();
        opened.GetProperty("quorum").GetProperty("present").GetInt32().Should().Be(required);
    }

    [Fact]
    public async Task A_round_cannot_open_once_delegates_have_left_below_the_quorum_nor_before_the_nomination_opens()
    {
        var (c, units) = await VotingOnlyYear.OpenAsync(server.Host, "bk-cum-huyen", 4);
        await c.ScheduleSummaryAsync();
        using var head = c.Head();
        (await c.ProblemAsync(head.PostAsJsonAsync($"{c.Path}/rounds", new { awardId = "co" }), HttpStatusCode.Conflict))
            .Should().Be("Chưa mở phần bình xét, suy tôn của hội nghị tổng kết.");
        (await c.ProblemAsync(head.PostAsJsonAsync($"{c.Path}/conferences/summary/attendance", new { unitId = "khac", delegateName = "A", delegatePosition = "B" }),
            HttpStatusCode.BadRequest)).Should().Contain("unitId: Đơn vị 'khac' không thuộc");
        await c.CheckInAsync(units);
        (await c.OkAsync(head.GetAsync($"{c.Path}/conferences/summary/attendance"))).GetProperty("quorum").GetProperty("met").GetBoolean().Should().BeTrue();
    }
}
