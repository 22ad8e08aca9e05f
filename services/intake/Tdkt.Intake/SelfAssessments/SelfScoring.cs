using System.Text.RegularExpressions;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>
/// A unit's inputs checked against the year's framework and scored by the scoring library, as the head will
/// score them: every problem is keyed by the criterion (criteria[1.1].score) and says which criterion it is.
/// </summary>
public static partial class SelfScoring
{
    [GeneratedRegex(@"\Aunits\[0\]\.(?<list>criteria|bonus)\[(?<id>[^\]]+)\](?<rest>.*)\z")]
    private static partial Regex SheetPath();

    public static (UnitResult? Result, Validation Errors) Score(Framework fw, string unitId, bool isHead,
        IReadOnlyDictionary<string, CriterionInput> criteria, IReadOnlyDictionary<string, CriterionInput> bonus, bool complete)
    {
        var v = new Validation();
        var names = fw.AllCriteria.Concat(fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants))
            .Concat(fw.Bonus.HeadBonus is { } h ? [h] : []).ToDictionary(c => c.Id, c => c.Name);
        var sheet = UnitSheet.Empty(unitId, unitId) with { IsHead = isHead, Criteria = criteria, Bonus = bonus };
        var scored = ClusterScorer.Score(fw, new ClusterSheets(null, null, true, [sheet]));
        foreach (var e in scored.Errors)
        {
            var m = SheetPath().Match(e.Path);
            if (!m.Success) { v.Add(e.Path.Length == 0 ? "criteria" : e.Path, e.Message); continue; }
            var id = m.Groups["id"].Value;
            var label = names.TryGetValue(id, out var name) ? $"Tiêu chí {id} «{name}»" : $"Tiêu chí {id}";
            v.Add($"{m.Groups["list"].Value}[{id}]{m.Groups["rest"].Value}", $"{label}: {e.Message}.");
        }
        if (complete)
            foreach (var c in Required(fw).Where(c => !criteria.TryGetValue(c.Id, out var i) || !HasData(i)))
                v.Add($"criteria[{c.Id}]", $"Tiêu chí {c.Id} «{c.Name}» chưa có số liệu tự chấm.");
        return (v.IsValid ? scored.Value!.Units[0] : null, v);
    }

    private static bool HasData(CriterionInput i) =>
        i.Score is not null || i.Points is not null || i.Tier is not null || i.Value is not null || i.Plan is not null
        || i.Count is not null || i.Counts.Count > 0 || i.Total is not null || i.Done is not null;

    /// <summary>
    /// Leaves a unit must fill in before submitting. A count of items or of violations, and a task not done,
    /// may be left empty (0, not done); a parent is the sum of its children.
    /// </summary>
    public static IEnumerable<Criterion> Required(Framework fw) =>
        fw.AllCriteria.Where(c => !c.HasChildren && c.Kind is not (SumKind or DeductionKind or PerItemKind or DoneKind));
}
