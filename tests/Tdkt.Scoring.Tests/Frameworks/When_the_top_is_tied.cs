using FluentAssertions;
using Tdkt.Scoring.Awards;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Frameworks;

public class When_the_top_is_tied
{
    private static readonly Tdkt.Scoring.Model.Framework Db = Shipped.Load(Shipped.Db);

    // Full marks on ĐB groups: 550 + 200 + 200 = 950; bonus up to 45; the head may add 5 (scale 1000 for it).
    private static UnitBuilder Full(string id, decimal bonus) => UnitBuilder.FullMarks(Db, id).Bonus("T1", new() { Score = bonus });

    private static Tdkt.Scoring.Computation.ClusterResult ThreeWayTie() => UnitBuilder.Run(Db,
        Full("T1", 40).Head().Bonus("T-CT", new() { Done = true }),          // 950 + 40 + 5 = 995
        Full("T2", 45),                                                       // 950 + 45 = 995
        Full("T3", 45).Set("1.1", new CriterionInput { Value = 120, Plan = 100 }), // 120 % capped at 50: 995
        Full("T4", 45).Set("1.1", new CriterionInput { Value = 80, Plan = 100 }),  // 80 % × 50 = 40: 985
        Full("T5", 30));                                                      // 980

    [Fact]
    public void A_vote_is_required_for_the_flag()
    {
        var flag = ThreeWayTie().Awards[0];

        flag.Outcome.Should().Be(AwardOutcome.VoteRequired);
        flag.VoteCandidates.Should().Equal("T1", "T2", "T3");
        flag.VoteSeats.Should().Be(1);
        flag.Proposed.Should().BeEmpty();
    }

    [Fact]
    public void The_two_units_the_vote_does_not_choose_take_the_two_certificates()
    {
        var certificates = ThreeWayTie().Awards[1];

        certificates.Seats.Should().Be(2);
        certificates.SeatsForVoteLosers.Should().Be(3 - 1);
        certificates.Proposed.Should().BeEmpty();           // T4 (985) gets nothing: both seats are taken
    }

    [Fact]
    public void A_four_way_tie_leaves_the_two_certificates_to_a_vote_among_the_three_not_chosen()
    {
        var r = UnitBuilder.Run(Db, Full("A", 45), Full("B", 45), Full("C", 45), Full("D", 45), Full("E", 10));

        r.Awards[0].VoteCandidates.Should().Equal("A", "B", "C", "D");
        r.Awards[1].Outcome.Should().Be(AwardOutcome.VoteRequired);
        r.Awards[1].VoteSeats.Should().Be(2);
        r.Awards[1].VoteCandidates.Should().Equal("A", "B", "C", "D");   // minus whichever wins the Flag vote
        r.Awards[1].Proposed.Should().BeEmpty();                         // E (960) is not reached
    }

    [Fact]
    public void The_head_bonus_raises_only_the_heads_scale_to_1000()
    {
        var r = UnitBuilder.Run(Db, Full("H", 45).Head().Bonus("T-CT", new() { Done = true }), Full("M", 45));

        r.Unit("H").Total.Should().Be(950 + 45 + 5);
        r.Unit("H").Cap.Should().Be(1000);
        r.Unit("M").Cap.Should().Be(995);
        r.Awards[0].Proposed.Should().Equal("H");
        r.Awards[1].Proposed.Should().Equal("M");
    }

    [Fact]
    public void Without_consensus_every_award_goes_to_a_secret_ballot()
    {
        var r = UnitBuilder.Run(Db, false, Full("A", 45), Full("B", 40), Full("C", 30));

        r.Awards.Should().OnlyContain(a => a.Outcome == AwardOutcome.VoteRequired);
        r.Awards[0].VoteCandidates.Should().Equal("A", "B", "C");
        r.Awards[0].Notes.Should().ContainMatch("*trên 50% số phiếu*");
    }
}
