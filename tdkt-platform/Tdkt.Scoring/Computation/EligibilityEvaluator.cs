using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Computation;

/// <summary>
/// Status with every reason. Precedence: excluded, then deferred, then ineligible (threshold missed), else eligible.
/// </summary>
internal static class EligibilityEvaluator
{
    public static UnitResult Apply(Framework fw, UnitSheet sheet, UnitResult r)
    {
        var rules = fw.Eligibility;
        var excluded = new List<string>();
        var deferred = new List<string>();
        var missed = new List<string>();
        var notes = new List<string>();
        foreach (var fact in sheet.Facts.Select(id => rules.Facts.First(f => f.Id == id)))
        {
            if (fact.Effect == FactEffect.Exclude) excluded.Add($"Không xét thi đua: {fact.Name}");
            else if (fact.Effect == FactEffect.Defer) deferred.Add($"Chưa xét thi đua: {fact.Name}");
            else notes.Add($"Hạ một mức khen thưởng: {fact.Name}");
        }
        foreach (var note in sheet.Statuses)
            (note.Exclude ? excluded : deferred).Add($"{(note.Exclude ? "Không xét thi đua" : "Chưa xét thi đua")}: {note.Reason}");
        if (rules.ExcludeAtOrBelowRating is { } below && sheet.PartyRating is { } rating &&
            rules.RatingIndex(rating) >= rules.RatingIndex(below))
            excluded.Add($"Không xét thi đua: tổ chức đảng xếp loại «{rules.PartyRatings[rules.RatingIndex(rating)].Name}»");
        if (rules.MinTotal is { } min && r.Total < min)
            missed.Add($"Tổng điểm {Num.F(r.Total)} thấp hơn mức tối thiểu {Num.F(min)}");
        foreach (var (g, gr) in fw.Groups.Zip(r.Groups).Where(x => x.First.Min is { } m && x.Second.Points < m))
            missed.Add($"Nội dung «{g.Name}» đạt {Num.F(gr.Points)}, thấp hơn mức tối thiểu {Num.F(g.Min!.Value)}");
        var status = excluded.Count > 0 ? UnitStatus.Excluded
            : deferred.Count > 0 ? UnitStatus.Deferred
            : missed.Count > 0 ? UnitStatus.Ineligible
            : UnitStatus.Eligible;
        return r with
        {
            Status = status,
            Reasons = [.. excluded, .. deferred, .. missed, .. notes],
            LowerAward = notes.Count > 0,
        };
    }
}
