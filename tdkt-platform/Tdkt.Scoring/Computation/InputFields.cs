using System.Numerics;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Scoring.Computation;

/// <summary>
/// Which input fields each kind reads, so a field given to the wrong kind is reported, not ignored. Sets of fields
/// are bits: every input of every unit is checked, and names are only needed for an error.
/// </summary>
internal static class InputFields
{
    [Flags]
    public enum Set
    {
        None = 0, Score = 1, Points = 2, Tier = 4, Value = 8, Plan = 16, Count = 32, Counts = 64, Total = 128, Done = 256,
    }

    private static readonly string[] Names = ["score", "points", "tier", "value", "plan", "count", "counts", "total", "done"];

    public static Set Accepted(CriterionKind kind) => kind is SumKind ? Set.None : ByKind(kind) | Set.Points;

    private static Set ByKind(CriterionKind kind) => kind switch
    {
        ManualKind => Set.Score,
        TieredKind => Set.Tier,
        PercentOfPlanKind or OverTargetKind or BandsKind { OfPlan: true } => Set.Value | Set.Plan,
        BandsKind or RankKind => Set.Value,
        PerItemKind => Set.Count | Set.Counts,
        DeductionKind => Set.Count,
        RatioKind => Set.Count | Set.Total,
        DoneKind => Set.Done,
        _ => Set.None,
    };

    public static Set Given(CriterionInput i) =>
        (i.Score is null ? 0 : Set.Score) | (i.Points is null ? 0 : Set.Points) | (i.Tier is null ? 0 : Set.Tier)
        | (i.Value is null ? 0 : Set.Value) | (i.Plan is null ? 0 : Set.Plan) | (i.Count is null ? 0 : Set.Count)
        | (i.Counts is { Count: > 0 } ? Set.Counts : 0) | (i.Total is null ? 0 : Set.Total) | (i.Done is null ? 0 : Set.Done);

    public static int Size(Set set) => BitOperations.PopCount((uint)set);

    /// <summary>The fields' names, in the order of <see cref="Set"/>.</summary>
    public static IEnumerable<string> NamesOf(Set set) => Names.Where((_, bit) => ((int)set & (1 << bit)) != 0);
}

/// <summary>Where a unit's input sits in the sheets, e.g. units[3].criteria[1.2]; written out only for an error.</summary>
internal readonly record struct InputPath(string Prefix, string Id)
{
    public override string ToString() => $"{Prefix}[{Id}]";
}
