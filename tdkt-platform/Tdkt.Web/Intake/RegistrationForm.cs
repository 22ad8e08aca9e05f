using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Web.Api;

namespace Tdkt.Web.Intake;

/// <summary>
/// The registration form: a target per plan-based criterion (t[{id}]), and models, exemplary people and commitments
/// as lines of text ("Name – description", "Full name – position"), read into intake's request.
/// </summary>
public static partial class RegistrationForm
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\A\d{1,3}(\.\d{3})+\z")]
    private static partial System.Text.RegularExpressions.Regex ThousandsOnly();

    public static string TargetField(string criterionId) => $"t[{criterionId}]";

    /// <summary>The criteria scored against a plan: their registered target becomes the plan.</summary>
    public static IEnumerable<Criterion> PlanBased(Framework fw) =>
        fw.AllCriteria.Concat(fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants))
            .Where(c => c.Kind is PercentOfPlanKind or OverTargetKind or BandsKind { OfPlan: true });

    public static object Read(Framework fw, IFormCollection form) => new
    {
        targets = PlanBased(fw).Select(c => (c.Id, Text: form[TargetField(c.Id)].ToString().Trim()))
            .Where(t => t.Text.Length > 0)
            .Select(t => new { criterionId = t.Id, target = Number(t.Text) }).ToList(),
        models = Lines(form["models"]).Select(l => { var (a, b) = Split(l); return new { name = a, description = b }; }).ToList(),
        exemplars = Lines(form["exemplars"]).Select(l => { var (a, b) = Split(l); return new { name = a, position = b }; }).ToList(),
        commitments = form["commitments"].ToString() is { Length: > 0 } c ? c : null,
    };

    /// <summary>An unreadable number is sent as it is not, so intake names the field; "1.234,5" and "1234.5" both read.</summary>
    public static decimal? Number(string text)
    {
        var t = text.Replace(" ", "");
        // Vietnamese writing: a comma before the decimals, dots between thousands ("1.000" is a thousand, "3.2" three point two).
        if (t.Contains(',') || ThousandsOnly().IsMatch(t)) t = t.Replace(".", "").Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"Mô hình dân vận khéo – xã Nà Hỳ" into name and the rest; a dash with spaces, or a colon, separates.</summary>
    public static (string Name, string? Detail) Split(string line)
    {
        foreach (var sep in new[] { " – ", " - ", ": " })
            if (line.IndexOf(sep, StringComparison.Ordinal) is var i and > 0)
                return (line[..i].Trim(), line[(i + sep.Length)..].Trim() is { Length: > 0 } r ? r : null);
        return (line, null);
    }

    public static string ModelsText(RegistrationView? r) =>
        string.Join("\n", r?.Models.Select(m => m.Description is { } d ? $"{m.Name} – {d}" : m.Name) ?? []);

    public static string ExemplarsText(RegistrationView? r) => string.Join("\n", r?.Exemplars.Select(x => $"{x.Name} – {x.Position}") ?? []);
}
