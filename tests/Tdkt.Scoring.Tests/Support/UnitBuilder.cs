using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Scoring.Tests.Support;

/// <summary>Builds a sheet in code; FullMarks gives every criterion the input that earns its best points.</summary>
internal sealed class UnitBuilder(string id)
{
    private readonly Dictionary<string, CriterionInput> _criteria = [];
    private readonly Dictionary<string, CriterionInput> _bonus = [];
    private readonly List<DeductionEntry> _deductions = [];
    private readonly List<StatusNote> _statuses = [];
    private readonly List<string> _facts = [];
    private string? _party;
    private bool _head;

    public string Id => id;

    public static UnitBuilder FullMarks(Framework fw, string id)
    {
        var b = new UnitBuilder(id);
        foreach (var c in fw.AllCriteria.Where(c => !c.HasChildren)) b._criteria[c.Id] = Best(c);
        return b;
    }

    public UnitBuilder Set(string criterionId, CriterionInput input) { _criteria[criterionId] = input; return this; }
    public UnitBuilder Score(string criterionId, decimal score) => Set(criterionId, new CriterionInput { Score = score });
    public UnitBuilder Without(string criterionId) { _criteria.Remove(criterionId); return this; }
    public UnitBuilder Bonus(string itemId, CriterionInput input) { _bonus[itemId] = input; return this; }
    public UnitBuilder Deduct(string type, int count, string reason) { _deductions.Add(new(type, count, reason, [])); return this; }
    public UnitBuilder DeductPoints(string rule, decimal points, string reason) { _deductions.Add(new(rule, 1, reason, []) { PointsEach = points }); return this; }
    public UnitBuilder Fact(string fact) { _facts.Add(fact); return this; }
    public UnitBuilder Status(bool exclude, string reason) { _statuses.Add(new(exclude, reason)); return this; }
    public UnitBuilder Party(string rating) { _party = rating; return this; }
    public UnitBuilder Head() { _head = true; return this; }

    public UnitBuilder CopyFrom(UnitBuilder other)
    {
        foreach (var (k, v) in other._criteria) _criteria[k] = v;
        foreach (var (k, v) in other._bonus) _bonus[k] = v;
        _deductions.AddRange(other._deductions);
        _facts.AddRange(other._facts);
        _party = other._party;
        _head = other._head;
        return this;
    }

    public UnitSheet Build() => new(id, $"Đơn vị {id}", _head, _criteria, _bonus, _deductions, _facts, _party) { Statuses = _statuses };

    public static ClusterResult Run(Framework fw, params UnitBuilder[] units) => Run(fw, true, units);

    public static ClusterResult Run(Framework fw, bool consensus, params UnitBuilder[] units)
    {
        var result = ClusterScorer.Score(fw, new ClusterSheets("Cụm thử", 2024, consensus, units.Select(u => u.Build()).ToList()));
        return result.IsValid ? result.Value! : throw new Xunit.Sdk.XunitException(string.Join("\n", result.Errors));
    }

    private static CriterionInput Best(Criterion c) => c.Kind switch
    {
        ManualKind => new() { Score = c.Max },
        TieredKind t => new() { Tier = t.Tiers.MaxBy(x => x.Points)!.Id },
        PercentOfPlanKind => new() { Value = 100, Plan = 100 },
        BandsKind b => new() { Value = BestValue(b), Plan = b.OfPlan ? 100 : null },
        RankKind => new() { Value = 100 },
        PerItemKind p => new() { Counts = p.Items.ToDictionary(i => i.Id, _ => 1000) },
        DeductionKind => new() { Count = 0 },
        RatioKind => new() { Count = 10, Total = 10 },
        DoneKind => new() { Done = true },
        _ => new(),
    };

    private static decimal BestValue(BandsKind b)
    {
        var best = b.Bands.MaxBy(x => x.Points)!;
        return best.Min ?? best.Below!.Value - 1;
    }
}
