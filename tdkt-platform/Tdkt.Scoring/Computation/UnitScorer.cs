using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Computation;

/// <summary>
/// Scores one unit: criteria → groups; bonus (items capped, total capped); the sum capped at the scale
/// (the head's scale is raised by the head bonus); minus deductions, never below 0.
/// </summary>
internal sealed class UnitScorer(Framework fw, ClusterContext cluster)
{
    public UnitResult Score(UnitSheet sheet)
    {
        var groups = fw.Groups.Select(g => Group(g, sheet.Criteria)).ToList();
        var groupsTotal = groups.Sum(g => g.Points);
        var bonusItems = fw.Bonus.Items.Select(c => Criterion(c, sheet.Bonus)).ToList();
        var itemsSum = bonusItems.Sum(b => b.Points);
        var bonus = Math.Min(itemsSum, fw.Bonus.TotalCap);
        var itemsBonus = bonus;
        var cap = fw.Scale;
        CriterionResult? headResult = null;
        if (sheet.IsHead && fw.Bonus.HeadBonus is { } head)
        {
            headResult = Criterion(head, sheet.Bonus);
            bonusItems.Add(headResult);
            bonus += headResult.Points;
            cap += head.Max;
        }
        var beforeDeductions = Math.Min(groupsTotal + bonus, cap);
        var deductions = Deductions(sheet);
        var deducted = deductions.Sum(d => d.Points);
        var total = Math.Max(0, beforeDeductions - deducted);
        string Trace()
        {
            var trace = $"Các nội dung {Num.F(groupsTotal)}";
            if (fw.Bonus.Items.Count > 0)
                trace += itemsSum > itemsBonus ? $" + điểm thưởng {Num.F(itemsSum)} → tối đa {Num.F(itemsBonus)}" : $" + điểm thưởng {Num.F(itemsBonus)}";
            if (headResult is not null) trace += $" + thưởng Cụm trưởng {Num.F(headResult.Points)}";
            trace += groupsTotal + bonus > cap ? $" = {Num.F(groupsTotal + bonus)} → tối đa {Num.F(cap)}" : $" = {Num.F(beforeDeductions)}";
            return deducted > 0 ? trace + $" − điểm trừ {Num.F(deducted)} = {Num.F(total)}" : trace;
        }
        return new UnitResult(sheet.UnitId, sheet.UnitName, sheet.IsHead, groups, groupsTotal, bonusItems, bonus, cap,
            deductions, deducted, total, new LazyText(Trace), 0, [], UnitStatus.Eligible, [], false, sheet.PartyRating);
    }

    private GroupResult Group(CriteriaGroup g, IReadOnlyDictionary<string, CriterionInput> inputs)
    {
        var criteria = g.Criteria.Select(c => Criterion(c, inputs)).ToList();
        return new GroupResult(g.Id, g.Name, g.Max, Math.Min(g.Max, criteria.Sum(c => c.Points)), criteria);
    }

    private CriterionResult Criterion(Criterion c, IReadOnlyDictionary<string, CriterionInput> inputs)
    {
        var input = inputs.TryGetValue(c.Id, out var i) ? i : null;
        if (c.HasChildren)
        {
            var children = c.Children.Select(x => Criterion(x, inputs)).ToList();
            var sum = children.Sum(x => x.Points);
            var points = Math.Min(sum, c.Max);
            return new CriterionResult(c.Id, c.Name, c.Max, points, new LazyText(() =>
                $"Tổng tiêu chí con: {string.Join(" + ", children.Select(x => Num.F(x.Points)))} = {Num.F(sum)}" + (sum > c.Max ? $" → tối đa {Num.F(c.Max)}" : "")),
                [], children);
        }
        var raw = input?.Points ?? c.Kind.Score(c, input, cluster, explain: false).Points;
        return new CriterionResult(c.Id, c.Name, c.Max, fw.Rounding.Apply(raw), new CriterionTrace(c, input, cluster, fw.Rounding),
            input?.Evidence ?? [], []);
    }

    private List<DeductionResult> Deductions(UnitSheet sheet) => sheet.Deductions.Select(Deduction).ToList();

    private DeductionResult Deduction(DeductionEntry d)
    {
        if (d.PointsEach is { } each) return new(d.Type, d.Reason, d.Count, d.Count * each, d.Reason);
        var rule = fw.Deductions.First(r => r.Id == d.Type);
        return new(d.Type, rule.Name, d.Count, d.Count * rule.Points, d.Reason);
    }
}
