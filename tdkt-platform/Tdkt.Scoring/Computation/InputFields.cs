using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Scoring.Computation;

/// <summary>Which input fields each kind reads, so a field given to the wrong kind is reported, not ignored.</summary>
internal static class InputFields
{
    public static IReadOnlyList<string> Accepted(CriterionKind kind) => kind is SumKind ? [] : [.. ByKind(kind), "points"];

    private static IReadOnlyList<string> ByKind(CriterionKind kind) => kind switch
    {
        ManualKind => ["score"],
        TieredKind => ["tier"],
        PercentOfPlanKind or OverTargetKind or BandsKind { OfPlan: true } => ["value", "plan"],
        BandsKind or RankKind => ["value"],
        PerItemKind => ["count", "counts"],
        DeductionKind => ["count"],
        RatioKind => ["count", "total"],
        DoneKind => ["done"],
        _ => [],
    };

    public static IEnumerable<string> Given(CriterionInput i)
    {
        if (i.Score is not null) yield return "score";
        if (i.Points is not null) yield return "points";
        if (i.Tier is not null) yield return "tier";
        if (i.Value is not null) yield return "value";
        if (i.Plan is not null) yield return "plan";
        if (i.Count is not null) yield return "count";
        if (i.Counts is { Count: > 0 }) yield return "counts";
        if (i.Total is not null) yield return "total";
        if (i.Done is not null) yield return "done";
    }
}
