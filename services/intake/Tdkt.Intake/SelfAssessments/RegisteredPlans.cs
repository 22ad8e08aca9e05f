using Microsoft.EntityFrameworkCore;
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
    public static async Task<Dictionary<string, CriterionInput>> WithRegisteredPlansAsync(this IntakeDb db, string clusterId, int year,
        string unitId, Framework fw, Dictionary<string, CriterionInput> inputs, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking()
            .Where(r => r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId && r.ReplacedAt == null)
            .FirstOrDefaultAsync(ct);
        if (registration is null) return inputs;
        var planBased = fw.AllCriteria.Concat(fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants))
            .Where(c => FrameworkTargets.PlanBased(c.Kind)).Select(c => c.Id).ToHashSet();
        var result = new Dictionary<string, CriterionInput>(inputs, StringComparer.Ordinal);
        foreach (var t in registration.Targets.Where(t => planBased.Contains(t.CriterionId)))
            if (result.TryGetValue(t.CriterionId, out var input) && input.Value is not null && input.Plan is null)
                result[t.CriterionId] = input with { Plan = t.Target };
        return result;
    }
}
