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

    internal override void CheckInput(Criterion c, CriterionInput input, string path, Errors errors) =>
        NotNegative(input.Count, path, "count", errors);

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster)
    {
        var n = input?.Count ?? 0;
        if (n == 0) return new(c.Max, $"Không có {Unit} bị trừ → {Num.F(c.Max)} điểm");
        var lost = n * Per;
        var trace = $"{Num.F(c.Max)} − {n} {Unit} × {Num.F(Per)}";
        if (lost > Cap)
        {
            lost = Cap;
            trace += $" (trừ tối đa {Num.F(Cap)})";
        }
        var points = c.Max - lost;
        if (points < Floor) return new(Floor, $"{trace} = {Num.F(points)} → không thấp hơn {Num.F(Floor)}");
        return new(points, $"{trace} = {Num.F(points)}");
    }
}
