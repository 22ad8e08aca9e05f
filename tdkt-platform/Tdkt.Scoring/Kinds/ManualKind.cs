using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>A score in [0, max] given with evidence (qualitative criteria).</summary>
public sealed record ManualKind : CriterionKind
{
    public override string Code => "manual";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors)
    {
        NotNegative(input.Score, path, "score", errors);
        if (input.Score > c.Max)
            errors.Add($"{path}.score", $"{Num.F(input.Score.Value)} vượt điểm tối đa {Num.F(c.Max)}");
    }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain) =>
        input?.Score is { } s ? new(s, explain ? $"Điểm chấm {Num.F(s)}/{Num.F(c.Max)}" : null) : Scored.Missing("điểm chấm", explain);
}
