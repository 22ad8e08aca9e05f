using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>
/// A bonus for exceeding a target (BK seed: "mỗi chỉ tiêu vượt mức được thưởng không quá 03 điểm"): the percentage
/// points above the target (value ÷ plan × 100 − 100) × points per percent, capped at max. The seed sets the cap
/// but not the rate, so the rate is the cluster's choice in its framework. Reaching the target exactly gives 0;
/// a result far above it gives the cap, never a refusal.
/// </summary>
public sealed record OverTargetKind(decimal PointsPerPercent) : CriterionKind
{
    public override string Code => "over_target";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors)
    {
        NotNegative(input.Value, path, "value", errors);
        if (input.Plan <= 0) errors.Add($"{path}.plan", $"Chỉ tiêu phải lớn hơn 0 (nhận được {Num.F(input.Plan.Value)})");
        if (input.Value is not null && input.Plan is null) errors.Add($"{path}.plan", "Thiếu chỉ tiêu để tính phần vượt");
    }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        if (input?.Value is not { } v || input.Plan is not { } p || p <= 0) return Scored.Missing("kết quả và chỉ tiêu", explain);
        var over = v / p * 100 - 100;
        if (over <= 0) return new(0, explain ? $"Đạt {Num.F(v)}/{Num.F(p)} chỉ tiêu, không vượt → 0 điểm" : null);
        var raw = over * PointsPerPercent;
        return Capped(raw, c.Max,
            explain ? $"Vượt {Num.F(Math.Round(over, 2))}% chỉ tiêu ({Num.F(v)}/{Num.F(p)}) × {Num.F(PointsPerPercent)} điểm/1% = {Num.F(Math.Round(raw, 4))}" : null);
    }
}
