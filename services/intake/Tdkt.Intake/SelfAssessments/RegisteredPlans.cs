using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Persistence;
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
    /// <summary>The criteria and bonus inputs, each plan-based one without a plan given the unit's registered target: one query for both.</summary>
    public static async Task<(Dictionary<string, CriterionInput> Criteria, Dictionary<string, CriterionInput> Bonus)> WithRegisteredPlansAsync(
        this IntakeDb db, string clusterId, int year, string unitId, Framework fw,
        Dictionary<string, CriterionInput> criteria, Dictionary<string, CriterionInput> bonus, CancellationToken ct)
    {
        var registration = await CurrentRegistration.For(db)(db, clusterId, year, unitId, ct);
        if (registration is null) return (criteria, bonus);
        var planBased = fw.AllCriteria.Concat(fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants))
            .Where(c => FrameworkTargets.PlanBased(c.Kind)).Select(c => c.Id).ToHashSet();
        return (WithPlans(criteria, registration, planBased), WithPlans(bonus, registration, planBased));
    }

    // Compiled: every self-assessment, draft or version, asks it.
    private static readonly PerModel<Func<IntakeDb, string, int, string, CancellationToken, Task<Registration?>>> CurrentRegistration = new(() => EF.CompileAsyncQuery(
        (IntakeDb db, string clusterId, int year, string unitId, CancellationToken _) => db.Registrations.AsNoTracking()
            .FirstOrDefault(r => r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId && r.ReplacedAt == null)));

    private static Dictionary<string, CriterionInput> WithPlans(Dictionary<string, CriterionInput> inputs, Registration registration, HashSet<string> planBased)
    {
        var result = new Dictionary<string, CriterionInput>(inputs, StringComparer.Ordinal);
        foreach (var t in registration.Targets.Where(t => planBased.Contains(t.CriterionId)))
            if (result.TryGetValue(t.CriterionId, out var input) && input.Value is not null && input.Plan is null)
                result[t.CriterionId] = input with { Plan = t.Target };
        return result;
    }
}
