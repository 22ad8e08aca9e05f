using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>Done / not done with fixed points (YT group 3: "Đã thực hiện" / "Chưa thực hiện").</summary>
public sealed record DoneKind(decimal Points, decimal NotDonePoints) : CriterionKind
{
    public override string Code => "done";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors) { }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain) => input?.Done switch
    {
        true => new(Points, explain ? $"Đã thực hiện → {Num.F(Points)} điểm" : null),
        false => new(NotDonePoints, explain ? $"Chưa thực hiện → {Num.F(NotDonePoints)} điểm" : null),
        null => Scored.Missing("kết quả thực hiện", explain),
    };
}
