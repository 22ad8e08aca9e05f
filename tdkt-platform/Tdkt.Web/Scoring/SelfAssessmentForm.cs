using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Web.Scoring;

/// <summary>
/// The self-assessment form generated from the cluster-year's framework: one input per criterion kind
/// (field names c[{id}].{field}), read back into the scoring library's input model and scored by it.
/// </summary>
public static class SelfAssessmentForm
{
    public static string Field(string criterionId, string field) => $"c[{criterionId}].{field}";

    /// <summary>The criteria a unit fills in: leaves (a parent is the sum of its children).</summary>
    public static IEnumerable<Criterion> Inputs(Framework fw) => fw.AllCriteria.Where(c => !c.HasChildren && c.Kind is not SumKind);

    public static Dictionary<string, CriterionInput> Read(Framework fw, IFormCollection form)
    {
        var inputs = new Dictionary<string, CriterionInput>(StringComparer.Ordinal);
        foreach (var c in Inputs(fw))
        {
            string? Text(string f) => form[Field(c.Id, f)].ToString() is { Length: > 0 } s ? s.Trim() : null;
            var input = new CriterionInput
            {
                Score = Dec(Text("score")), Tier = Text("tier"), Value = Dec(Text("value")), Plan = Dec(Text("plan")),
                Count = Int(Text("count")), Total = Int(Text("total")),
                Done = c.Kind is DoneKind ? Text("done") is "on" or "true" : null,
                Evidence = (Text("evidence") ?? "").Split(['\n', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Note = Text("note"),
            };
            if (input.Score is not null || input.Tier is not null || input.Value is not null || input.Count is not null
                || input.Total is not null || input.Done == true || input.Evidence.Count > 0)
                inputs[c.Id] = input;
        }
        return inputs;
    }

    /// <summary>Unparseable numbers are kept as errors by field, so the page can say which one.</summary>
    private static decimal? Dec(string? s) =>
        s is null ? null : decimal.TryParse(s.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : -1;

    private static int? Int(string? s) => s is null ? null : int.TryParse(s, out var i) ? i : -1;

    public static Scored Score(Framework fw, string unitId, IReadOnlyDictionary<string, CriterionInput> inputs)
    {
        var sheet = UnitSheet.Empty(unitId, unitId) with { Criteria = inputs };
        var result = ClusterScorer.Score(fw, new ClusterSheets(null, null, true, [sheet]));
        if (!result.IsValid)
            return new Scored(null, new Dictionary<string, decimal>(), result.Errors
                .GroupBy(e => CriterionOf(fw, e.Path) ?? "")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToList()));
        var unit = result.Value!.Units[0];
        var points = unit.Groups.SelectMany(g => g.Criteria).SelectMany(Flatten).ToDictionary(r => r.Id, r => r.Points);
        return new Scored(unit.Total, points, new Dictionary<string, List<string>>());
    }

    private static IEnumerable<CriterionResult> Flatten(CriterionResult r) => r.Children.SelectMany(Flatten).Prepend(r);

    // Error paths name the criterion (…criteria.1.1.score): the longest id found wins, so 1.1 beats 1.
    private static string? CriterionOf(Framework fw, string path) =>
        fw.AllCriteria.Select(c => c.Id).Where(id => path.Contains(id, StringComparison.Ordinal))
            .OrderByDescending(id => id.Length).FirstOrDefault();
}

/// <param name="Errors">Messages by criterion id ("" for the sheet as a whole).</param>
public sealed record Scored(decimal? Total, IReadOnlyDictionary<string, decimal> Points, IReadOnlyDictionary<string, List<string>> Errors);
