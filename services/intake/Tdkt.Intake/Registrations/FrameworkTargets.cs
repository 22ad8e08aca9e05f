using Tdkt.Contracts;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Loading;

namespace Tdkt.Intake.Registrations;

public static class FrameworkTargets
{
    /// <summary>
    /// Targets checked against the year's scoring framework: an unknown criterion, or one that is not scored
    /// against a plan (percent of plan, bands of plan, exceeding a target), is named in Vietnamese.
    /// A year without a framework yet accepts any target: it is checked again when the self-assessment uses it.
    /// </summary>
    public static Validation CheckTargetsAgainstFramework(ClusterYearCopy year, IReadOnlyList<RegisteredTarget> targets)
    {
        var v = new Validation();
        if (FrameworkCache.Load(year.FrameworkYaml) is not { } fw) return v;
        var criteria = fw.AllCriteria.Concat(fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants)).ToDictionary(c => c.Id);
        for (var i = 0; i < targets.Count; i++)
        {
            var id = targets[i].CriterionId;
            if (!criteria.TryGetValue(id, out var c))
                v.Add($"targets[{i}].criterionId", $"Không có tiêu chí mã \"{id}\" trong bảng điểm của năm thi đua.");
            else if (!PlanBased(c.Kind))
                v.Add($"targets[{i}].criterionId", $"Tiêu chí {id} «{c.Name}» không chấm theo kế hoạch nên không đăng ký chỉ tiêu.");
        }
        return v;
    }

    public static bool PlanBased(CriterionKind kind) => kind is PercentOfPlanKind or OverTargetKind or BandsKind { OfPlan: true };
}
