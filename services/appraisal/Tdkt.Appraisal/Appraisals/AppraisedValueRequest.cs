using Tdkt.Platform.Problems;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>
/// The head's value for one criterion: the same inputs as the unit's (score, tier, value and plan…), a comment saying
/// why, and the revision the head started from (0 when the criterion has not been appraised yet).
/// </summary>
public sealed record AppraisedValueRequest(
    decimal? Score, decimal? Points, string? Tier, decimal? Value, decimal? Plan, int? Count, Dictionary<string, int>? Counts,
    int? Total, bool? Done, List<string?>? Evidence, string? Comment, int? Revision)
{
    public Validation Validate()
    {
        var v = new Validation();
        v.Text("comment", Comment, "Nhận xét thẩm định", Limits.Text);
        v.OptionalText("tier", Tier, "Mức đạt", Limits.ShortCode);
        if (Revision is null or < 0) v.Add("revision", "Phải gửi số phiên bản đang sửa (0 nếu tiêu chí chưa được thẩm định).");
        if (v.Items("evidence", Evidence, "danh sách minh chứng", 50) && Evidence is not null)
            for (var i = 0; i < Evidence.Count; i++) v.Text($"evidence[{i}]", Evidence[i], "Tham chiếu minh chứng", Limits.Reference);
        return v;
    }

    public CriterionInput ToInput() => new()
    {
        Score = Score, Points = Points, Tier = Tier?.Trim(), Value = Value, Plan = Plan, Count = Count, Counts = Counts ?? [],
        Total = Total, Done = Done, Evidence = Evidence?.Select(e => e!.Trim()).ToList() ?? [], Note = Comment,
    };
}
