using Tdkt.Contracts;
using Tdkt.Platform.Problems;

namespace Tdkt.Intake.Registrations;

/// <summary>A unit's registration as sent; every member nullable so a missing field is reported by name.</summary>
public sealed record RegistrationRequest(
    List<TargetInput?>? Targets, List<ModelInput?>? Models, List<ExemplarInput?>? Exemplars, string? Commitments)
{
    public const int MaxItems = 200;
    public const int MaxCommitments = 8000;
    // Targets are in the criterion's own unit (a percentage, a count, billions of đồng): generous, but finite.
    public const decimal MaxTarget = 1_000_000_000_000_000m;

    public Validation Validate()
    {
        var v = new Validation();
        if (Targets is not { Count: > 0 } && Models is not { Count: > 0 } && Exemplars is not { Count: > 0 } && string.IsNullOrWhiteSpace(Commitments))
            return v.Add("body", "Bản đăng ký thi đua phải có ít nhất một chỉ tiêu, mô hình, điển hình tiên tiến hoặc nội dung cam kết.");
        ValidateTargets(v);
        if (v.Items("models", Models, "danh sách mô hình", MaxItems) && Models is not null)
            for (var i = 0; i < Models.Count; i++)
            {
                v.Text($"models[{i}].name", Models[i]!.Name, "Tên mô hình", Limits.Name);
                v.OptionalText($"models[{i}].description", Models[i]!.Description, "Mô tả mô hình", Limits.Text, lineBreaks: true);
            }
        if (v.Items("exemplars", Exemplars, "danh sách điển hình tiên tiến", MaxItems) && Exemplars is not null)
            for (var i = 0; i < Exemplars.Count; i++)
            {
                v.Text($"exemplars[{i}].name", Exemplars[i]!.Name, "Họ và tên điển hình", Limits.Name);
                v.Text($"exemplars[{i}].position", Exemplars[i]!.Position, "Chức vụ của điển hình", Limits.Name);
            }
        v.OptionalText("commitments", Commitments, "Nội dung cam kết", MaxCommitments, lineBreaks: true);
        return v;
    }

    private void ValidateTargets(Validation v)
    {
        if (!v.Items("targets", Targets, "danh sách chỉ tiêu", MaxItems) || Targets is null) return;
        // Compared as stored: trimmed, so "1.1" and " 1.1 " are one criterion.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Targets.Count; i++)
        {
            var (t, at) = (Targets[i]!, $"targets[{i}]");
            v.Text($"{at}.criterionId", t.CriterionId, "Mã tiêu chí", Limits.ShortCode);
            if (!string.IsNullOrWhiteSpace(t.CriterionId))
                v.Check(seen.Add(t.CriterionId.Trim()), $"{at}.criterionId", $"Tiêu chí '{t.CriterionId.Trim()}' được đăng ký chỉ tiêu hai lần.");
            if (t.Target is null) v.Add($"{at}.target", "Chỉ tiêu đăng ký là bắt buộc.");
            else v.Check(t.Target is >= 0 and <= MaxTarget, $"{at}.target", $"Chỉ tiêu đăng ký phải từ 0 đến {MaxTarget:N0}.");
        }
    }

    public List<RegisteredTarget> ToTargets() => Targets?.Select(t => new RegisteredTarget(t!.CriterionId!.Trim(), t.Target!.Value)).ToList() ?? [];
    public List<EmulationModel> ToModels() => Models?.Select(m => new EmulationModel(m!.Name!.Trim(), m.Description?.Trim())).ToList() ?? [];
    public List<Exemplar> ToExemplars() => Exemplars?.Select(x => new Exemplar(x!.Name!.Trim(), x.Position!.Trim())).ToList() ?? [];
}

public sealed record TargetInput(string? CriterionId, decimal? Target);
public sealed record ModelInput(string? Name, string? Description);
public sealed record ExemplarInput(string? Name, string? Position);
