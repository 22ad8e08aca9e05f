using System.Text.RegularExpressions;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>One appraised value checked by the scoring library against the framework, within the unit's sheet.</summary>
public static partial class ValueCheck
{
    [GeneratedRegex(@"\Aunits\[0\]\.(criteria|bonus)\[[^\]]+\]\.?(?<field>.*)\z")]
    private static partial Regex FieldOf();

    public static Validation Check(Framework fw, UnitSheet sheet, string section, string criterionId, CriterionInput input)
    {
        var v = new Validation();
        var known = section == "criteria"
            ? fw.AllCriteria.Where(c => !c.HasChildren)
            : fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants).Where(c => !c.HasChildren).Concat(fw.Bonus.HeadBonus is { } h ? [h] : []);
        if (known.FirstOrDefault(c => c.Id == criterionId) is not { } criterion)
            return v.Add("criterionId", $"Không có {(section == "criteria" ? "tiêu chí" : "mục điểm thưởng")} mã \"{criterionId}\" trong bảng điểm của năm thi đua.");
        var only = UnitSheet.Empty(sheet.UnitId, sheet.UnitName) with
        {
            IsHead = sheet.IsHead,
            Criteria = section == "criteria" ? new Dictionary<string, CriterionInput> { [criterionId] = input } : [],
            Bonus = section == "bonus" ? new Dictionary<string, CriterionInput> { [criterionId] = input } : [],
        };
        foreach (var e in ClusterScorer.Score(fw, new ClusterSheets(null, null, true, [only])).Errors)
        {
            var field = FieldOf().Match(e.Path) is { Success: true } m && m.Groups["field"].Value.Length > 0 ? m.Groups["field"].Value : "input";
            v.Add(field, $"Tiêu chí {criterion.Id} «{criterion.Name}»: {e.Message}.");
        }
        return v;
    }
}
