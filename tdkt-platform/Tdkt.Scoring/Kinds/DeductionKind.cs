using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>
/// Starts from max and loses Per points per occurrence (late task, day of delay, bad dossier…);
/// the total lost never exceeds Cap and the points never fall below Floor.
/// </summary>
public sealed record DeductionKind(decimal Per, string Unit, decimal Cap, decimal Floor) : CriterionKind
{
    public override string Code => "deduction";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors) =>
        NotNegative(input.Count, path, "count", errors);

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        var n = input?.Count ?? 0;
        if (n == 0) return new(c.Max, explain ? $"Không có {Unit} bị trừ → {Num.F(c.Max)} điểm" : null);
        var capped = n * Per > Cap;
        var points = c.Max - (capped ? Cap : n * Per);
        string Trace() => $"{Num.F(c.Max)} − {n} {Unit} × {Num.F(Per)}" + (capped ? $" (trừ tối đa {Num.F(Cap)})" : "") + $" = {Num.F(points)}";
        if (points < Floor) return new(Floor, explain ? $"{Trace()} → không thấp hơn {Num.F(Floor)}" : null);
        return new(points, explain ? Trace() : null);
    }
}
