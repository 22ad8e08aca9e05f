using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Web.Scoring;

/// <summary>
/// The self-assessment form generated from the cluster-year's framework: one input per criterion kind
/// (field names c[{id}].{field}, bonus items b[{id}].{field}), read back into the scoring library's input model and scored by it.
/// </summary>
public static class SelfAssessmentForm
{
    public const string CriteriaPrefix = "c";
    public const string BonusPrefix = "b";

    public static string Field(string criterionId, string field, string prefix = CriteriaPrefix) => $"{prefix}[{criterionId}].{field}";

    /// <summary>The criteria a unit fills in: leaves (a parent is the sum of its children).</summary>
    public static IEnumerable<Criterion> Inputs(Framework fw) => fw.AllCriteria.Where(c => !c.HasChildren && c.Kind is not SumKind);

    /// <summary>The bonus items a unit fills in; the head's own bonus only for the year's head.</summary>
    public static IEnumerable<Criterion> BonusInputs(Framework fw, bool isHead) =>
        fw.Bonus.Items.SelectMany(b => b.SelfAndDescendants).Where(c => !c.HasChildren && c.Kind is not SumKind)
            .Concat(isHead && fw.Bonus.HeadBonus is { } h ? [h] : []);

    public static Dictionary<string, CriterionInput> Read(Framework fw, IFormCollection form) => Read(Inputs(fw), form, CriteriaPrefix);

    public static Dictionary<string, CriterionInput> ReadBonus(Framework fw, IFormCollection form, bool isHead) =>
        Read(BonusInputs(fw, isHead), form, BonusPrefix);

    private static Dictionary<string, CriterionInput> Read(IEnumerable<Criterion> criteria, IFormCollection form, string prefix)
    {
        var inputs = new Dictionary<string, CriterionInput>(StringComparer.Ordinal);
        foreach (var c in criteria)
            if (ReadOne(c, form, prefix) is { } input) inputs[c.Id] = input;
        return inputs;
    }

    /// <summary>One criterion's inputs from the form; null when nothing was entered for it.</summary>
    public static CriterionInput? ReadOne(Criterion c, IFormCollection form, string prefix)
    {
        {
            string? Text(string f) => form[Field(c.Id, f, prefix)].ToString() is { Length: > 0 } s ? s.Trim() : null;
            var input = new CriterionInput
            {
                Score = Dec(Text("score")), Tier = Text("tier"), Value = Dec(Text("value")), Plan = Dec(Text("plan")),
                Count = Int(Text("count")), Total = Int(Text("total")),
                Done = c.Kind is DoneKind ? Text("done") is "on" or "true" : null,
                Evidence = (Text("evidence") ?? "").Split(['\n', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Note = Text("note"),
            };
            return input.Score is not null || input.Tier is not null || input.Value is not null || input.Count is not null
                || input.Total is not null || input.Done == true || input.Evidence.Count > 0 ? input : null;
        }
    }

    /// <summary>A saved draft as the form's values, so the page shows it as the unit left it.</summary>
    public static IFormCollection ToForm(IReadOnlyDictionary<string, CriterionInput>? criteria, IReadOnlyDictionary<string, CriterionInput>? bonus)
    {
        var values = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        void Add(IReadOnlyDictionary<string, CriterionInput>? list, string prefix)
        {
            foreach (var (id, i) in list ?? new Dictionary<string, CriterionInput>())
            {
                void Set(string field, object? value) { if (value is not null) values[Field(id, field, prefix)] = Convert.ToString(value, CultureInfo.InvariantCulture); }
                Set("score", i.Score); Set("tier", i.Tier); Set("value", i.Value); Set("plan", i.Plan);
                Set("count", i.Count); Set("total", i.Total); Set("note", i.Note);
                if (i.Done == true) values[Field(id, "done", prefix)] = "on";
                if (i.Evidence.Count > 0) values[Field(id, "evidence", prefix)] = string.Join(", ", i.Evidence);
            }
        }
        Add(criteria, CriteriaPrefix);
        Add(bonus, BonusPrefix);
        return new FormCollection(values);
    }

    /// <summary>The inputs as intake's request lists them (criteria or bonus).</summary>
    public static List<object> Entries(IReadOnlyDictionary<string, CriterionInput> inputs) => inputs.Select(i => (object)new
    {
        criterionId = i.Key, score = i.Value.Score, tier = i.Value.Tier, value = i.Value.Value, plan = i.Value.Plan,
        count = i.Value.Count, total = i.Value.Total, done = i.Value.Done, note = i.Value.Note, evidence = i.Value.Evidence,
    }).ToList();

    /// <summary>Unparseable numbers are kept as errors by field, so the page can say which one.</summary>
    private static decimal? Dec(string? s) =>
        s is null ? null : decimal.TryParse(s.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : -1;

    private static int? Int(string? s) => s is null ? null : int.TryParse(s, out var i) ? i : -1;

    public static Scored Score(Framework fw, string unitId, IReadOnlyDictionary<string, CriterionInput> inputs,
        IReadOnlyDictionary<string, CriterionInput>? bonus = null, bool isHead = false)
    {
        var sheet = UnitSheet.Empty(unitId, unitId) with { IsHead = isHead, Criteria = inputs, Bonus = bonus ?? new Dictionary<string, CriterionInput>() };
        var result = ClusterScorer.Score(fw, new ClusterSheets(null, null, true, [sheet]));
        if (!result.IsValid)
            return new Scored(null, new Dictionary<string, decimal>(), result.Errors
                .GroupBy(e => CriterionOf(fw, e.Path) ?? "")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToList()));
        var unit = result.Value!.Units[0];
        var points = unit.Groups.SelectMany(g => g.Criteria).Concat(unit.BonusItems).SelectMany(Flatten)
            .DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.Points);
        return new Scored(unit.Total, points, new Dictionary<string, List<string>>());
    }

    private static IEnumerable<CriterionResult> Flatten(CriterionResult r) => r.Children.SelectMany(Flatten).Prepend(r);

    // Error paths name the criterion (…criteria.1.1.score): the longest id found wins, so 1.1 beats 1.
    private static string? CriterionOf(Framework fw, string path) =>
        fw.AllCriteria.Concat(BonusInputs(fw, isHead: true)).Select(c => c.Id).Where(id => path.Contains(id, StringComparison.Ordinal))
            .OrderByDescending(id => id.Length).FirstOrDefault();
}

/// <param name="Errors">Messages by criterion id ("" for the sheet as a whole).</param>
public sealed record Scored(decimal? Total, IReadOnlyDictionary<string, decimal> Points, IReadOnlyDictionary<string, List<string>> Errors);
