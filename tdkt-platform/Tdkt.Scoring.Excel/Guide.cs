using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Excel;

/// <summary>How to score a criterion, in words, for the "Cách chấm" column.</summary>
internal static class Guide
{
    public static string For(Criterion c) => c.Kind switch
    {
        _ when c.HasChildren => "Tổng điểm các tiêu chí con",
        ManualKind => $"Chấm từ 0 đến {Num.F(c.Max)} theo minh chứng",
        TieredKind t => "Chọn một mức: " + string.Join("; ", t.Tiers.Select(x => $"{x.Name} {Num.F(x.Points)}")),
        PercentOfPlanKind => $"Kết quả ÷ kế hoạch × {Num.F(c.Max)}, tối đa {Num.F(c.Max)}",
        BandsKind b => (b.OfPlan ? "Theo % kế hoạch: " : "Theo giá trị: ") + string.Join("; ", b.Bands.Select(x => $"{x} → {Num.F(x.Points)}")),
        RankKind r => $"Theo thứ hạng trong cụm: hạng 1 → {Num.F(r.First)}, mỗi hạng sau −{Num.F(r.Step)}, thấp nhất {Num.F(r.Floor)}",
        PerItemKind p => string.Join("; ", p.Items.Select(i => $"{Num.F(i.Points)} điểm/{i.Name}")) + $", tối đa {Num.F(c.Max)}",
        DeductionKind d => $"{Num.F(c.Max)} trừ {Num.F(d.Per)} mỗi {d.Unit}, trừ tối đa {Num.F(d.Cap)}",
        RatioKind r => $"n × {Num.F(r.PointsEach)} ÷ N (nhiệm vụ hoàn thành / được giao)",
        DoneKind d => $"Đã thực hiện {Num.F(d.Points)}; chưa thực hiện {Num.F(d.NotDonePoints)}",
        _ => "",
    };
}
