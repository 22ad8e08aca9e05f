using Tdkt.Scoring.Awards;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Computation;

/// <summary>Computes one cluster-year: per-unit scores with traces, ranks, statuses and award proposals.</summary>
public static class ClusterScorer
{
    /// <summary>Validates the sheets against the framework, then computes. Never throws.</summary>
    public static Result<ClusterResult> Score(Framework framework, ClusterSheets sheets)
    {
        var errors = new Errors();
        if (framework is null || sheets is null)
        {
            errors.Add("", "Thiếu bảng điểm hoặc phiếu chấm");
            return Result<ClusterResult>.Fail(errors.Items);
        }
        SheetValidator.Check(framework, sheets, errors);
        if (errors.Any) return Result<ClusterResult>.Fail(errors.Items);
        try
        {
            return Result<ClusterResult>.Ok(Compute(framework, sheets));
        }
        catch (OverflowException)
        {
            errors.Add("units", "Số liệu quá lớn, không tính được điểm");
            return Result<ClusterResult>.Fail(errors.Items);
        }
    }

    private static ClusterResult Compute(Framework fw, ClusterSheets sheets)
    {
        var context = new ClusterContext(RankValues(fw, sheets));
        var scorer = new UnitScorer(fw, context);
        var units = sheets.Units.Select(s => EligibilityEvaluator.Apply(fw, s, scorer.Score(s))).ToList();
        var ranked = Ranking.Rank(units);
        var awards = new AwardProposer(fw).Propose(ranked, sheets.Consensus);
        return new ClusterResult(fw.Id, sheets.ClusterName, sheets.Year, ranked, awards);
    }

    private static Dictionary<string, IReadOnlyList<decimal>> RankValues(Framework fw, ClusterSheets sheets) =>
        fw.AllCriteria.Concat(fw.Bonus.Items).Where(c => c.Kind is RankKind).ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<decimal>)sheets.Units
                .Select(u => u.Criteria.TryGetValue(c.Id, out var i) || u.Bonus.TryGetValue(c.Id, out i) ? i?.Value : null)
                .OfType<decimal>().ToList());
}
