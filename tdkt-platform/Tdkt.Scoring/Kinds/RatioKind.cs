using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>n × i ÷ N: tasks done (count) × points each ÷ tasks assigned (total), capped at max (CĐ).</summary>
public sealed record RatioKind(decimal PointsEach) : CriterionKind
{
    public override string Code => "ratio";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors)
    {
        NotNegative(input.Count, path, "count", errors);
        if (input.Total <= 0) errors.Add($"{path}.total", $"Số nhiệm vụ được giao phải lớn hơn 0 (nhận được {input.Total})");
        if (input.Count > input.Total)
            errors.Add($"{path}.count", $"Số nhiệm vụ hoàn thành ({input.Count}) lớn hơn số được giao ({input.Total})");
        if (input.Count is not null && input.Total is null) errors.Add($"{path}.total", "Thiếu số nhiệm vụ được giao (N)");
    }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        if (input?.Count is not { } n || input.Total is not { } total || total <= 0) return Scored.Missing("số nhiệm vụ", explain);
        var raw = n * PointsEach / total;
        return Capped(raw, c.Max, explain ? $"n × i ÷ N = {n} × {Num.F(PointsEach)} ÷ {total} = {Num.F(Math.Round(raw, 4))}" : null);
    }
}
