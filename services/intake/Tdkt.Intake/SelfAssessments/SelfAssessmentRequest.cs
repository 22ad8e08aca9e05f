using Tdkt.Contracts;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>Every member nullable so a missing field is reported by name, like a wrong one.</summary>
public sealed record SelfAssessmentRequest(List<CriterionInput?>? Criteria)
{
    public const int MaxCriteria = 500;
    public const decimal MaxValue = 100_000m;

    public Validation Validate()
    {
        var v = new Validation();
        if (Criteria is null || Criteria.Count == 0) return v.Add("criteria", "Phải có ít nhất một tiêu chí tự chấm.");
        v.Check(Criteria.Count <= MaxCriteria, "criteria", $"Tối đa {MaxCriteria} tiêu chí.");
        var seen = new HashSet<string>();
        for (var i = 0; i < Criteria.Count; i++)
        {
            var c = Criteria[i];
            var at = $"criteria[{i}]";
            if (c is null) { v.Add(at, "Tiêu chí không được để trống."); continue; }
            if (string.IsNullOrWhiteSpace(c.CriterionId)) v.Add($"{at}.criterionId", "Mã tiêu chí là bắt buộc.");
            else v.Check(seen.Add(c.CriterionId), $"{at}.criterionId", $"Tiêu chí '{c.CriterionId}' bị lặp.");
            if (c.Value is null) v.Add($"{at}.value", "Điểm tự chấm là bắt buộc.");
            else v.Check(c.Value is >= 0 and <= MaxValue, $"{at}.value", $"Điểm tự chấm phải từ 0 đến {MaxValue:N0}.");
            v.Check(c.Note is null || c.Note.Length <= 4000, $"{at}.note", "Ghi chú tối đa 4.000 ký tự.");
            for (var j = 0; j < (c.Evidence?.Count ?? 0); j++)
                v.Check(!string.IsNullOrWhiteSpace(c.Evidence![j]) && c.Evidence[j].Length <= 500, $"{at}.evidence[{j}]",
                    "Tham chiếu minh chứng không được để trống và tối đa 500 ký tự.");
        }
        return v;
    }

    public List<CriterionValue> ToValues() =>
        Criteria!.Select(c => new CriterionValue(c!.CriterionId!.Trim(), c.Value!.Value, c.Note, c.Evidence ?? [])).ToList();
}

public sealed record CriterionInput(string? CriterionId, decimal? Value, string? Note, List<string>? Evidence);
