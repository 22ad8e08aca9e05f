using Tdkt.Contracts;
using Tdkt.Intake.Registrations;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>
/// The targets a unit registered at the start of the year are the plans its results are scored against: a
/// plan-based criterion sent without a plan takes the registered one. A plan sent explicitly is kept (the
/// head sees both and may question it).
/// </summary>
public static class RegisteredPlans
{
    /// <summary>The criteria and bonus inputs, each plan-based one without a plan given the unit's registered target.</summary>
    public static (Dictionary<string, CriterionInput> Criteria, Dictionary<string, CriterionInput> Bonus) WithRegisteredPlans(
        Framework fw, IReadOnlyList<RegisteredTarget>? targets, Dictionary<string, CriterionInput> criteria, Dictionary<string, CriterionInput> bonus)
    {
        if (targets is null) return (criteria, bonus);
        var planBased = fw.AllCriteria.Concat(fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants))
            .Where(c => FrameworkTargets.PlanBased(c.Kind)).Select(c => c.Id).ToHashSet();
        return (WithPlans(criteria, targets, planBased), WithPlans(bonus, targets, planBased));
    }

    private static Dictionary<string, CriterionInput> WithPlans(Dictionary<string, CriterionInput> inputs, IReadOnlyList<RegisteredTarget> targets, HashSet<string> planBased)
    {
        var result = new Dictionary<string, CriterionInput>(inputs, StringComparer.Ordinal);
        foreach (var t in targets.Where(t => planBased.Contains(t.CriterionId)))
            if (result.TryGetValue(t.CriterionId, out var input) && input.Value is not null && input.Plan is null)
                result[t.CriterionId] = input with { Plan = t.Target };
        return result;
    }
}
