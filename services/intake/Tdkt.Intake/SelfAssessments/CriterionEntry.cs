using Tdkt.Contracts;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>
/// One criterion as a unit enters it: the same input model as the score sheets (Tdkt.Scoring.Sheets.CriterionInput),
/// with its id. Every member nullable so a missing field is reported by name, like a wrong one.
/// </summary>
public sealed record CriterionEntry(
    string? CriterionId, decimal? Score, decimal? Points, string? Tier, decimal? Value, decimal? Plan,
    int? Count, Dictionary<string, int>? Counts, int? Total, bool? Done, string? Note, List<string?>? Evidence)
{
    public const int MaxEvidence = 50;

    public void Validate(Validation v, string at)
    {
        v.Text($"{at}.criterionId", CriterionId, "Mã tiêu chí", Limits.ShortCode);
        v.OptionalText($"{at}.tier", Tier, "Mức đạt", Limits.ShortCode);
        v.OptionalText($"{at}.note", Note, "Ghi chú", 4000, lineBreaks: true);
        if (Counts is { Count: > 50 }) v.Add($"{at}.counts", "Danh sách số lượng theo loại có quá 50 mục.");
        foreach (var key in Counts?.Keys ?? Enumerable.Empty<string>()) v.Text($"{at}.counts", key, "Loại trong số lượng", Limits.ShortCode);
        v.Items($"{at}.evidence", Evidence, "danh sách minh chứng", MaxEvidence);
        if (Evidence is not { Count: <= MaxEvidence }) return;
        // A missing item was reported by Items; the others are still held to their length.
        for (var j = 0; j < Evidence.Count; j++)
            if (Evidence[j] is not null) v.Text($"{at}.evidence[{j}]", Evidence[j], "Tham chiếu minh chứng", Limits.Reference);
    }

    public CriterionInput ToInput() => new()
    {
        Score = Score, Points = Points, Tier = Tier?.Trim(), Value = Value, Plan = Plan, Count = Count,
        Counts = Counts ?? [], Total = Total, Done = Done, Note = Note,
        Evidence = Evidence?.Select(e => e!.Trim()).ToList() ?? [],
    };

    public static CriterionValue ToValue(string id, CriterionInput i) =>
        new(id, i.Score, i.Points, i.Tier, i.Value, i.Plan, i.Count, i.Counts.Count == 0 ? null : i.Counts, i.Total, i.Done, i.Note, i.Evidence);
}
