using FluentAssertions;
using Tdkt.Scoring.Awards;

namespace Tdkt.Scoring.Tests.Awards;

public class Province_caps
{
    [Theory]
    [InlineData(12, 2)]   // 20 % × 12 = 2,4 → at most 2
    [InlineData(10, 2)]
    [InlineData(5, 1)]
    [InlineData(4, 0)]    // 0,8: not even one
    [InlineData(0, 0)]
    public void Government_flags_are_at_most_20_percent_of_provincial_flag_units(int flagUnits, int max) =>
        ProvinceCaps.GovernmentFlagMax(flagUnits).Should().Be(max);

    [Theory]
    [InlineData(10, 3)]
    [InlineData(7, 2)]    // 2,1
    [InlineData(3, 0)]    // 0,9
    public void Excellent_collectives_are_at_most_30_percent_of_advanced_ones(int advanced, int max) =>
        ProvinceCaps.ExcellentCollectiveMax(advanced).Should().Be(max);

    [Fact]
    public void A_proposal_over_a_cap_names_the_cap_it_breaks()
    {
        ProvinceCaps.Check(12, 3, 10, 3).Select(e => e.ToString()).Should().Equal(
            "governmentFlags: Đề nghị 3 Cờ thi đua của Chính phủ, vượt 20 % của 12 đơn vị đạt Cờ thi đua cấp tỉnh (tối đa 2)");
    }
}
