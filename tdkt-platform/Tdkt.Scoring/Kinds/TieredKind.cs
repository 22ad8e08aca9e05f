using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Kinds;

/// <summary>A classification picks the points: Tốt/Khá/Trung bình = 50/45/40; HTXSNV/HTTNV/HTNV/không = 100/90/80/0.</summary>
public sealed record TieredKind(IReadOnlyList<Tier> Tiers) : CriterionKind
{
    public override string Code => "tiered";

    internal override void CheckInput(Criterion c, CriterionInput input, InputPath path, Errors errors)
    {
        if (input.Tier is { } t && Tiers.All(x => x.Id != t))
            errors.Add($"{path}.tier", $"Mức \"{t}\" không có trong tiêu chí; các mức: {string.Join(", ", Tiers.Select(x => x.Id))}");
    }

    internal override Scored Score(Criterion c, CriterionInput? input, ClusterContext cluster, bool explain)
    {
        var tier = Tiers.FirstOrDefault(t => t.Id == input?.Tier);
        return tier is null ? Scored.Missing("xếp loại", explain) : new(tier.Points, explain ? $"Xếp loại «{tier.Name}» → {Num.F(tier.Points)} điểm" : null);
    }
}

public sealed record Tier(string Id, string Name, decimal Points);
