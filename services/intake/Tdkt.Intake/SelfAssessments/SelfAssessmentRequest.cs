using Tdkt.Contracts;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>Every member nullable so a missing field is reported by name, like a wrong one.</summary>
public sealed record SelfAssessmentRequest(List<CriterionInput?>? Criteria)
{
    public const int MaxCriteria = 500;
    public const decimal MaxValue = 100_000m;

    public const int MaxEvidence = 50;

    public Validation Validate()
    {
        var v = new Validation();
        if (Criteria is null || Criteria.Count == 0) return v.Add("criteria", "Phải có ít nhất một tiêu chí tự chấm.");
        if (!v.Items("criteria", Criteria, "danh sách tiêu chí", MaxCriteria) && Criteria.Count > MaxCriteria) return v;
        // Ids are compared as they will be stored: trimmed, so "1.1" and " 1.1 " are the same criterion.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Criteria.Count; i++)
        {
            if (Criteria[i] is not { } c) continue;
            var at = $"criteria[{i}]";
            v.Text($"{at}.criterionId", c.CriterionId, "Mã tiêu chí", Limits.ShortCode);
            if (!string.IsNullOrWhiteSpace(c.CriterionId))
                v.Check(seen.Add(c.CriterionId.Trim()), $"{at}.criterionId", $"Tiêu chí '{c.CriterionId.Trim()}' bị lặp.");
            if (c.Value is null) v.Add($"{at}.value", "Điểm tự chấm là bắt buộc.");
            else v.Check(c.Value is >= 0 and <= MaxValue, $"{at}.value", $"Điểm tự chấm phải từ 0 đến {MaxValue:N0}.");
            v.OptionalText($"{at}.note", c.Note, "Ghi chú", 4000, lineBreaks: true);
            v.Items($"{at}.evidence", c.Evidence, "danh sách minh chứng", MaxEvidence);
            if (c.Evidence is not { Count: <= MaxEvidence } evidence) continue;
            for (var j = 0; j < evidence.Count; j++)
                if (evidence[j] is not null) v.Text($"{at}.evidence[{j}]", evidence[j], "Tham chiếu minh chứng", Limits.Reference);
        }
        return v;
    }

    public List<CriterionValue> ToValues() =>
        Criteria!.Select(c => new CriterionValue(c!.CriterionId!.Trim(), c.Value!.Value, c.Note, c.Evidence?.Select(e => e!.Trim()).ToList() ?? [])).ToList();
}

public sealed record CriterionInput(string? CriterionId, decimal? Value, string? Note, List<string?>? Evidence);
