using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>Ranges of a measured value (or of value ÷ plan in %) give points: 95–100 % → 10, 90–&lt;95 % → 8.</summary>
public sealed record BandsKind(bool OfPlan, IReadOnlyList<Band> Bands) : CriterionKind
{
    public override string Code => "bands";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors)
    {
        NotNegative(input.Value, path, "value", errors);
        if (!OfPlan) return;
        if (input.Plan <= 0) errors.Add($"{path}.plan", $"Kế hoạch phải lớn hơn 0 (nhận được {Num.F(input.Plan.Value)})");
        if (input.Value is not null && input.Plan is null) errors.Add($"{path}.plan", "Thiếu kế hoạch để tính tỷ lệ");
    }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        if (input?.Value is not { } v || (OfPlan && (input.Plan is not { } p0 || p0 <= 0))) return Scored.Missing("số liệu", explain);
        var measured = OfPlan ? Math.Round(v / input.Plan!.Value * 100, 2) : v;
        string Label() => OfPlan ? $"Đạt {Num.F(v)}/{Num.F(input.Plan!.Value)} = {Num.F(measured)}% kế hoạch" : $"Giá trị {Num.F(measured)}";
        var band = Bands.FirstOrDefault(b => b.Contains(measured));
        return band is null
            ? new(0, explain ? $"{Label()} không thuộc khoảng nào → 0 điểm" : null)
            : new(band.Points, explain ? $"{Label()} thuộc khoảng {band} → {Num.F(band.Points)} điểm" : null);
    }
}

/// <summary>A range [Min, Below): Min inclusive, Below exclusive; either end may be open.</summary>
public sealed record Band(decimal? Min, decimal? Below, decimal Points)
{
    public bool Contains(decimal v) => (Min is null || v >= Min) && (Below is null || v < Below);

    public override string ToString() => (Min, Below) switch
    {
        (null, { } b) => $"dưới {Num.F(b)}",
        ({ } m, null) => $"từ {Num.F(m)} trở lên",
        ({ } m, { } b) => $"từ {Num.F(m)} đến dưới {Num.F(b)}",
        _ => "mọi giá trị",
    };
}
