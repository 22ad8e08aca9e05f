using FluentAssertions;
using Tdkt.Voting.Ballots;

namespace Tdkt.Voting.Tests;

public class When_a_round_is_counted
{
    private static string[][] Ballots(params string[] each) => each.Select(b => b.Length == 0 ? [] : b.Split(',')).ToArray();

    [Fact]
    public void A_tie_for_the_flag_between_two_units_elects_nobody_and_both_stand_again()
    {
        var o = Tally.Count(["a", "b", "c"], 1, 4, Ballots("a", "b", "a", "b"));
        o.Elected.Should().BeEmpty();
        o.TiedForLastSeat.Should().BeFalse("two votes of four are not more than half");
        o.NextCandidates.Should().Equal("a", "b", "c");
    }

    [Fact]
    public void A_tie_across_the_last_seat_above_the_threshold_sends_only_the_tied_units_to_the_next_round()
    {
        var o = Tally.Count(["a", "b", "c", "d"], 2, 5, Ballots("a,b", "a,c", "a,b", "b,c", "a,c"));
        o.Elected.Should().Equal("a");
        o.TiedForLastSeat.Should().BeTrue();
        o.NextCandidates.Should().Equal("b", "c");
        o.SeatsLeft.Should().Be(1);
    }

    [Fact]
    public void More_than_half_of_the_members_is_needed_when_the_rule_counts_the_members()
    {
        // 3 of 5 present vote for a: a majority of those present (3 > 1.5), not of the 7 members (3 ≤ 3.5).
        Tally.Count(["a", "b"], 1, 3, Ballots("a", "a", "a")).Elected.Should().Equal("a");
        Tally.Count(["a", "b"], 1, 7, Ballots("a", "a", "a")).Elected.Should().BeEmpty();
    }

    [Fact]
    public void Seats_are_filled_in_order_of_votes()
    {
        var o = Tally.Count(["a", "b", "c"], 2, 3, Ballots("b,c", "b,c", "b,a"));
        o.Elected.Should().Equal("b", "c");
        o.Tally.Select(t => t.Votes).Should().Equal(1, 3, 2);
    }
}
