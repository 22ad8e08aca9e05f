using FsCheck;
using FsCheck.Fluent;
using Tdkt.Voting.Ballots;

namespace Tdkt.Voting.Tests;

/// <summary>Random rounds: up to 9 candidates, 1–4 seats, up to 30 voters, each ballot naming at most the seats.</summary>
public class Tallying_properties
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2000);

    public sealed record Round(string[] Candidates, int Seats, int Base, string[][] Ballots);

    private static Gen<Round> Rounds() =>
        from count in Gen.Choose(1, 9)
        let candidates = Enumerable.Range(1, count).Select(i => $"u{i}").ToArray()
        from seats in Gen.Choose(1, 4)
        from voters in Gen.Choose(0, 30)
        from extra in Gen.Choose(0, 5)
        from ballots in Gen.ArrayOf(Ballot(candidates, seats), voters)
        select new Round(candidates, seats, voters + extra, ballots);

    private static Gen<string[]> Ballot(string[] candidates, int seats) =>
        from picks in Gen.Choose(0, Math.Min(seats, candidates.Length))
        from chosen in Gen.Shuffle(candidates)
        select chosen.Take(picks).ToArray();

    private static RoundOutcome Count(Round r) => Tally.Count(r.Candidates, r.Seats, r.Base, r.Ballots);

    [Fact]
    public void Every_choice_on_every_ballot_is_counted_once() =>
        Prop.ForAll(Rounds().ToArbitrary(), r => Count(r).Tally.Sum(t => t.Votes) == r.Ballots.Sum(b => b.Length)).Check(Many);

    [Fact]
    public void Nobody_is_elected_without_more_than_half_of_the_base() =>
        Prop.ForAll(Rounds().ToArbitrary(), r => Count(r).Tally.Where(t => t.Elected).All(t => t.Votes * 2 > r.Base)).Check(Many);

    [Fact]
    public void No_round_elects_more_than_its_seats() =>
        Prop.ForAll(Rounds().ToArbitrary(), r =>
        {
            var o = Count(r);
            return o.Elected.Count <= r.Seats && o.SeatsLeft == r.Seats - o.Elected.Count;
        }).Check(Many);

    [Fact]
    public void An_elected_unit_never_has_fewer_votes_than_one_left_out_above_the_threshold() =>
        Prop.ForAll(Rounds().ToArbitrary(), r =>
        {
            var o = Count(r);
            var lowestElected = o.Tally.Where(t => t.Elected).Select(t => t.Votes).DefaultIfEmpty(int.MaxValue).Min();
            return o.Tally.Where(t => !t.Elected).All(t => t.Votes < lowestElected);
        }).Check(Many);

    [Fact]
    public void Seats_left_always_go_to_a_next_round_with_candidates_not_yet_elected() =>
        Prop.ForAll(Rounds().ToArbitrary(), r =>
        {
            var o = Count(r);
            return o.NextCandidates.All(c => !o.Elected.Contains(c))
                   && (o.SeatsLeft == 0 ? o.NextCandidates.Count == 0 : o.NextCandidates.Count == r.Candidates.Length - o.Elected.Count || o.TiedForLastSeat);
        }).Check(Many);
}
