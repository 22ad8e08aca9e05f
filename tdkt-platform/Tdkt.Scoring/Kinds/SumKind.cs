using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>A criterion made of sub-criteria: the sum of their points, capped at its maximum.</summary>
public sealed record SumKind : CriterionKind
{
    public override string Code => "sum";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors) =>
        errors.Add(path.ToString(), "Tiêu chí có tiêu chí con: nhập số liệu cho từng tiêu chí con");

    // Never asked: the unit scorer sums the children itself.
    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain) =>
        new(0, explain ? "Tổng các tiêu chí con" : null);
}
