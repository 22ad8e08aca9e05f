using FluentAssertions;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Frameworks;

public class The_shipped_frameworks
{
    [Theory]
    [InlineData(Shipped.Bk, 100, 90)]
    [InlineData(Shipped.Yt, 1000, 950)]
    [InlineData(Shipped.Hd, 1000, 1000)]
    [InlineData(Shipped.Db, 995, 950)]
    public void Load_without_errors_with_the_seed_scale(string file, int scale, int groupsTotal)
    {
        var result = FrameworkLoader.Load(Shipped.Text(file));

        result.Errors.Should().BeEmpty();
        result.Value!.Scale.Should().Be(scale);
        result.Value.GroupsMax.Should().Be(groupsTotal);
    }

    [Fact]
    public void Yt_has_the_seed_group_totals_550_200_200()
    {
        var yt = Shipped.Load(Shipped.Yt);

        yt.Groups.Select(g => g.Max).Should().Equal(550m, 200m, 200m);
    }
}
