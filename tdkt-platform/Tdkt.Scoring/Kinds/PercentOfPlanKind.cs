using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>Result ÷ plan × max, capped at max (ĐB; BK "so với kế hoạch").</summary>
public sealed record PercentOfPlanKind : CriterionKind
{
    public override string Code => "percent_of_plan";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors)
    {
        NotNegative(input.Value, path, "value", errors);
        if (input.Plan <= 0) errors.Add($"{path}.plan", $"Kế hoạch phải lớn hơn 0 (nhận được {Num.F(input.Plan.Value)})");
        if (input.Value is not null && input.Plan is null) errors.Add($"{path}.plan", "Thiếu kế hoạch để tính tỷ lệ");
    }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        if (input?.Value is not { } v || input.Plan is not { } p || p <= 0) return Scored.Missing("kết quả và kế hoạch", explain);
        var raw = v / p * c.Max;
        return Capped(raw, c.Max, explain ? $"Đạt {Num.F(v)}/{Num.F(p)} kế hoạch = {Num.F(Math.Round(v / p * 100, 2))}% × {Num.F(c.Max)} = {Num.F(Math.Round(raw, 4))}" : null);
    }
}
