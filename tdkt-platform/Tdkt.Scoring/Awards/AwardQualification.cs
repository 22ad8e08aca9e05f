using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Awards;

/// <summary>Per-award thresholds and Party-rating rule; "one level lower" for units flagged with shortcomings.</summary>
internal sealed class AwardQualification(Framework fw)
{
    public string? Failure(UnitResult u, int awardIndex)
    {
        var award = fw.Awards.Awards[awardIndex];
        var failure = Threshold(u, award);
        if (failure is not null || !u.LowerAward) return failure;
        // Lowered by one level: allowed only where a higher award would have been reachable on merit.
        var higher = Enumerable.Range(0, awardIndex).Any(j => Threshold(u, fw.Awards.Awards[j]) is null);
        return higher ? null : $"bị hạ một mức khen thưởng nên không đạt «{award.Name}»";
    }

    private string? Threshold(UnitResult u, AwardRule a)
    {
        if (a.MinTotal is { } min && u.Total < min) return $"tổng điểm {Num.F(u.Total)} thấp hơn {Num.F(min)} cần cho «{a.Name}»";
        if (a.RequiresPartyRating is not { } req) return null;
        var ratings = fw.Eligibility;
        var index = ratings.RatingIndex(u.PartyRating);
        if (index >= 0 && index <= ratings.RatingIndex(req)) return null;
        var name = ratings.PartyRatings[ratings.RatingIndex(req)].Name;
        return index < 0
            ? $"chưa có xếp loại tổ chức đảng; «{a.Name}» cần «{name}»"
            : $"tổ chức đảng xếp loại «{ratings.PartyRatings[index].Name}»; «{a.Name}» cần «{name}»";
    }
}
