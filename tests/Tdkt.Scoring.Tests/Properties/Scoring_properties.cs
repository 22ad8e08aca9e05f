using FsCheck;
using FsCheck.Fluent;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Tests.Support;

namespace Tdkt.Scoring.Tests.Properties;

public class Scoring_properties
{
    private static readonly Tdkt.Scoring.Model.Framework Bk = Shipped.Load(Shipped.Bk);
    private static readonly Tdkt.Scoring.Model.Framework Kinds = KindsFramework.Framework;

    /// <summary>Quarter points in [0, max].</summary>
    private static Gen<decimal> Quarter(decimal max) => Gen.Choose(0, (int)(max * 4)).Select(i => i / 4m);

    private static Gen<UnitBuilder> BkUnit(string id) =>
        from scores in Gen.ListOf(Quarter(4), Bk.AllCriteria.Count(c => !c.HasChildren))
        from bonus in Gen.ListOf(Gen.Choose(80, 130), Bk.Bonus.Items.Count)
        from reprimands in Gen.Choose(0, 3)
        select Build(id, scores, bonus, reprimands);

    /// <param name="bonus">Results against a target of 100: below, at and far above it (the bonus is capped, never refused).</param>
    private static UnitBuilder Build(string id, IReadOnlyList<decimal> scores, IReadOnlyList<int> bonus, int reprimands)
    {
        var b = new UnitBuilder(id);
        foreach (var (c, s) in Bk.AllCriteria.Where(c => !c.HasChildren).Zip(scores))
            b.Set(c.Id, c.Kind is Tdkt.Scoring.Kinds.PercentOfPlanKind ? new CriterionInput { Value = s * 40, Plan = 100 } : new CriterionInput { Score = Math.Min(s, c.Max) });
        foreach (var (item, result) in Bk.Bonus.Items.Zip(bonus)) b.Bonus(item.Id, new() { Value = result, Plan = 100 });
        if (reprimands > 0) b.Deduct("khien_trach", reprimands, "Khiển trách");
        return b;
    }

    [Fact]
    public void A_total_never_exceeds_the_scale_nor_falls_below_zero() =>
        Prop.ForAll(BkUnit("u").ToArbitrary(), u =>
        {
            var total = UnitBuilder.Run(Bk, u).Unit("u").Total;
            return total is >= 0 and <= 100;
        }).QuickCheckThrowOnFailure();

    private static Gen<Dictionary<string, CriterionInput>> KindsInputs() =>
        from m in Quarter(10)
        from tier in Gen.Elements("a", "b")
        from pct in Gen.Choose(0, 300)
        from band in Gen.Choose(50, 120)
        from rank in Gen.Choose(0, 20)
        from items in Gen.Choose(0, 30)
        from late in Gen.Choose(0, 30)
        from n in Gen.Choose(0, 8)
        from done in Gen.Elements(true, false)
        select new Dictionary<string, CriterionInput>
        {
            ["manual"] = new() { Score = m },
            ["tiered"] = new() { Tier = tier },
            ["pct"] = new() { Value = pct, Plan = 100 },
            ["bands"] = new() { Value = band, Plan = 100 },
            ["rank"] = new() { Value = rank },
            ["item"] = new() { Count = items },
            ["ded"] = new() { Count = late },
            ["ratio"] = new() { Count = n, Total = 8 },
            ["done"] = new() { Done = done },
            ["sub.a"] = new() { Score = Math.Min(m, 4) },
        };

    /// <summary>Raises the one input named by <paramref name="which"/> in the direction that earns points.</summary>
    private static Dictionary<string, CriterionInput> Raise(Dictionary<string, CriterionInput> i, int which)
    {
        var r = new Dictionary<string, CriterionInput>(i);
        switch (which)
        {
            case 0: r["manual"] = new() { Score = Math.Min(10, i["manual"].Score!.Value + 0.25m) }; break;
            case 1: r["tiered"] = new() { Tier = "a" }; break;
            case 2: r["pct"] = new() { Value = i["pct"].Value + 7, Plan = 100 }; break;
            case 3: r["bands"] = new() { Value = i["bands"].Value + 3, Plan = 100 }; break;
            case 4: r["rank"] = new() { Value = i["rank"].Value + 1 }; break;
            case 5: r["item"] = new() { Count = i["item"].Count + 1 }; break;
            case 6: r["ded"] = new() { Count = Math.Max(0, i["ded"].Count!.Value - 1) }; break;
            case 7: r["ratio"] = new() { Count = Math.Min(8, i["ratio"].Count!.Value + 1), Total = 8 }; break;
            default: r["done"] = new() { Done = true }; break;
        }
        return r;
    }

    private static decimal TotalOf(Dictionary<string, CriterionInput> mine, Dictionary<string, CriterionInput> other)
    {
        var sheets = new ClusterSheets(null, null, true, [
            new UnitSheet("me", "Tôi", false, mine, new Dictionary<string, CriterionInput>(), [], [], null),
            new UnitSheet("other", "Khác", false, other, new Dictionary<string, CriterionInput>(), [], [], null)]);
        return ClusterScorer.Score(Kinds, sheets).GetValueOrThrow().Unit("me").Total;
    }

    [Fact]
    public void Raising_one_input_never_lowers_the_units_total() =>
        Prop.ForAll(KindsInputs().ToArbitrary(), KindsInputs().ToArbitrary(), Gen.Choose(0, 8).ToArbitrary(),
            (mine, other, which) => TotalOf(Raise(mine, which), other) >= TotalOf(mine, other))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Ranks_do_not_depend_on_the_order_of_the_sheets() =>
        Prop.ForAll(Gen.ListOf(BkUnit("x"), 6).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (units, seed) =>
        {
            var named = units.Select((u, i) => Rename(u, $"U{i}")).ToList();
            var random = new Random(seed);
            var shuffled = named.OrderBy(_ => random.Next()).ToList();
            var ranks = UnitBuilder.Run(Bk, named.ToArray()).Units.Select(u => (u.UnitId, u.Rank, u.Total));
            var again = UnitBuilder.Run(Bk, shuffled.ToArray()).Units.Select(u => (u.UnitId, u.Rank, u.Total));
            return ranks.SequenceEqual(again);
        }).QuickCheckThrowOnFailure();

    private static UnitBuilder Rename(UnitBuilder u, string id) => new UnitBuilder(id).CopyFrom(u);

    [Fact]
    public void Tied_totals_always_share_a_rank() =>
        Prop.ForAll(Gen.ListOf(BkUnit("x"), 5).ToArbitrary(), units =>
        {
            var result = UnitBuilder.Run(Bk, units.Select((u, i) => Rename(u, $"U{i}")).ToArray());
            return result.Units.All(a => result.Units.Where(b => b.Total == a.Total).All(b => b.Rank == a.Rank));
        }).QuickCheckThrowOnFailure();
}
