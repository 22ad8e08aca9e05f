using FluentAssertions;
using Tdkt.Scoring.Model;

namespace Tdkt.Scoring.Tests.Conference;

public class When_counting_a_quorum_and_a_majority
{
    private static ConferenceRules Rules(string quorum) => ConferenceRules.Default with { Quorum = quorum };

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 6)]
    [InlineData(7, 7)]
    [InlineData(9, 9)]
    public void All_needs_every_member_present(int members, int required) =>
        Rules("all").RequiredPresent(members).Should().Be(required);

    [Theory]
    [InlineData(5, 4)]   // 3,33 → 4
    [InlineData(6, 4)]   // exactly 4
    [InlineData(7, 5)]   // 4,67 → 5
    [InlineData(9, 6)]   // exactly 6
    public void Two_thirds_is_rounded_up(int members, int required) =>
        Rules("two-thirds").RequiredPresent(members).Should().Be(required);

    [Theory]
    [InlineData(5, 3)]
    [InlineData(6, 4)]   // 3 is only half
    [InlineData(7, 4)]
    [InlineData(9, 5)]
    public void Majority_is_more_than_half_of_the_members(int members, int required) =>
        Rules("majority").RequiredPresent(members).Should().Be(required);

    [Theory]
    [InlineData(4, 3)]   // 2 of 4 is 50 %, not more
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    [InlineData(7, 4)]
    [InlineData(9, 5)]
    public void A_candidate_needs_more_than_half_of_the_base(int @base, int votes) =>
        ConferenceRules.Default.Threshold(@base).Should().Be(votes);

    [Fact]
    public void The_base_is_the_members_or_those_present_as_the_rules_say()
    {
        ConferenceRules.Default.MajorityBase(members: 9, present: 6).Should().Be(6);
        (ConferenceRules.Default with { MajorityOf = "members" }).MajorityBase(members: 9, present: 6).Should().Be(9);
    }
}
