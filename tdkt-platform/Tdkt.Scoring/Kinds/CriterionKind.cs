using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>How a criterion turns its input into points. Closed set: the kinds of RULES.md §2.</summary>
public abstract record CriterionKind
{
    /// <summary>The name used in framework files (manual, tiered, percent_of_plan…).</summary>
    public abstract string Code { get; }

    /// <summary>Problems with a unit's input for this criterion, reported at <paramref name="path"/>.</summary>
    internal abstract void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors);

    /// <summary>
    /// Points before rounding, and when <paramref name="explain"/> a Vietnamese trace saying why. Input is valid or
    /// missing. Scoring runs without the text; the text is written by scoring the same input again when read.
    /// </summary>
    internal abstract Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain);

    private protected static void NotNegative(decimal? value, InputPath path, string field, Errors errors)
    {
        if (value < 0) errors.Add($"{path}.{field}", $"{Num.F(value.Value)} không được âm");
    }

    private protected static void NotNegative(int? value, InputPath path, string field, Errors errors)
    {
        if (value < 0) errors.Add($"{path}.{field}", $"{value} không được âm");
    }

    private protected static Scored Capped(decimal raw, decimal max, string? trace) =>
        raw > max ? new(max, trace is null ? null : $"{trace} → tối đa {Num.F(max)}") : new(raw, trace);
}

/// <summary>
/// Points and, when asked for, the reason for them. The reason is written when someone reads it: formatting the
/// Vietnamese text of every criterion of every unit cost more than the scoring itself, and most scorings (a draft
/// saved, a rank recomputed) never show it.
/// </summary>
internal readonly record struct Scored(decimal Points, string? Trace)
{
    public static Scored Missing(string what, bool explain) => new(0, explain ? $"Chưa có {what} → 0 điểm" : null);
}

/// <summary>Values other units entered, for criteria that score by rank within the cluster.</summary>
internal sealed class ClusterContext(IReadOnlyDictionary<string, IReadOnlyList<decimal>> valuesByCriterion)
{
    public static ClusterContext Empty { get; } = new(new Dictionary<string, IReadOnlyList<decimal>>());

    public IReadOnlyList<decimal> ValuesOf(string criterionId) =>
        valuesByCriterion.TryGetValue(criterionId, out var v) ? v : [];
}
