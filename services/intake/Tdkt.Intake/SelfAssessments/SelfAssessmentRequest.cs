using Tdkt.Platform.Problems;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>A self-assessment as sent: the criteria of the points table and, apart, the bonus items (điểm thưởng).</summary>
public sealed record SelfAssessmentRequest(List<CriterionEntry?>? Criteria, List<CriterionEntry?>? Bonus)
{
    public const int MaxCriteria = 500;

    /// <summary>The request's own shape; what the framework says about it is <see cref="SelfScoring"/>'s.</summary>
    public Validation Validate()
    {
        var v = new Validation();
        if ((Criteria is null || Criteria.Count == 0) && (Bonus is null || Bonus.Count == 0))
            return v.Add("criteria", "Phải có ít nhất một tiêu chí tự chấm.");
        Check(v, "criteria", Criteria);
        Check(v, "bonus", Bonus);
        return v;
    }

    private static void Check(Validation v, string field, List<CriterionEntry?>? list)
    {
        if (!v.Items(field, list, "danh sách tiêu chí", MaxCriteria) || list is null) return;
        // Ids are compared as they will be stored: trimmed, so "1.1" and " 1.1 " are the same criterion.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            list[i]!.Validate(v, $"{field}[{i}]");
            if (!string.IsNullOrWhiteSpace(list[i]!.CriterionId))
                v.Check(seen.Add(list[i]!.CriterionId!.Trim()), $"{field}[{i}].criterionId", $"Tiêu chí '{list[i]!.CriterionId!.Trim()}' bị lặp.");
        }
    }

    public Dictionary<string, CriterionInput> CriteriaInputs() => Inputs(Criteria);
    public Dictionary<string, CriterionInput> BonusInputs() => Inputs(Bonus);

    private static Dictionary<string, CriterionInput> Inputs(List<CriterionEntry?>? list) =>
        (list ?? []).ToDictionary(e => e!.CriterionId!.Trim(), e => e!.ToInput(), StringComparer.Ordinal);
}
