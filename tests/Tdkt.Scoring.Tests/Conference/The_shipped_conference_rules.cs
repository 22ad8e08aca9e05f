using FluentAssertions;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Conference;

public class The_shipped_conference_rules
{
    [Theory]
    [InlineData(Shipped.Bk, "all", "present", "consensus", "election", "000_feb39f9c9f96780e.txt")]
    [InlineData(Shipped.Hd, "two-thirds", "present", "consensus", "rotation", "002_5424e7577732e62b.txt")]
    [InlineData(Shipped.Db, "majority", "present", "consensus", "election", "004_26196c60d78118a7.txt")]
    [InlineData(Shipped.Yt, "majority", "present", "consensus", "election", "001_2b8ea61da5c95e1f.txt")]
    public void Are_the_seeds_rules_and_cite_the_seed(string file, string quorum, string majorityOf, string method, string leadership, string seed)
    {
        var conference = Shipped.Load(file).Conference;

        conference.Quorum.Should().Be(quorum);
        conference.MajorityOf.Should().Be(majorityOf);
        conference.Method.Should().Be(method);
        conference.Leadership.Should().Be(leadership);
        conference.Source.Should().StartWith(seed);
    }

    [Fact]
    public void Let_bk_hold_its_conference_only_with_every_member_and_hd_with_two_thirds()
    {
        Shipped.Load(Shipped.Bk).Conference.RequiredPresent(8).Should().Be(8);
        Shipped.Load(Shipped.Hd).Conference.RequiredPresent(8).Should().Be(6);   // 2/3 × 8 = 5,33 → 6
        Shipped.Load(Shipped.Db).Conference.RequiredPresent(5).Should().Be(3);
    }
}
