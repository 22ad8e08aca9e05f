using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Computation;

/// <summary>
/// A leaf criterion's explanation, written when read by scoring the same input again with its text: one small
/// object per criterion while scoring, instead of the text or a closure for it.
/// </summary>
internal sealed class CriterionTrace(Criterion c, CriterionInput? input, ClusterContext cluster, Rounding rounding) : LazyText
{
    private protected override string Write()
    {
        var scored = input?.Points is { } direct
            ? new Scored(direct, $"Điểm chấm trực tiếp {Num.F(direct)}/{Num.F(c.Max)}")
            : c.Kind.Score(c, input, cluster, explain: true);
        var rounded = rounding.Apply(scored.Points);
        return rounded == scored.Points ? scored.Trace! : $"{scored.Trace} → làm tròn {Num.F(rounded)}";
    }
}
