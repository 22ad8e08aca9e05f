using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>
/// Rank of a measured value among the cluster's units: rank 1 → First, each rank lower −Step, never below Floor
/// (CĐ administrative-reform index: 30, 28, 26…). Equal values share the better rank (1, 1, 3).
/// </summary>
public sealed record RankKind(decimal First, decimal Step, decimal Floor, bool HigherIsBetter) : CriterionKind
{
    public override string Code => "rank";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors) { }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        if (input?.Value is not { } v) return Scored.Missing("giá trị để xếp hạng", explain);
        var values = cluster.ValuesOf(c.Id);
        var rank = 1 + values.Count(o => HigherIsBetter ? o > v : o < v);
        var points = Math.Max(Floor, First - Step * (rank - 1));
        var of = Math.Max(values.Count, 1);
        return new(points, explain ? $"Giá trị {Num.F(v)} xếp thứ {rank}/{of} trong cụm → {Num.F(First)} − {rank - 1} × {Num.F(Step)} = {Num.F(points)} điểm" : null);
    }
}
