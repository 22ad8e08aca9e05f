using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;
using Tdkt.Scoring.Validation;

namespace Tdkt.Scoring.Loading;

/// <summary>
/// Loads a cluster's sheets (YAML or JSON) and checks them against the framework; every problem is reported
/// with its path (units[2].criteria[1.3].score: …) in one pass.
/// </summary>
public static class SheetsLoader
{
    public static Result<ClusterSheets> Load(Stream stream, Framework framework) => Load(YamlText.Read(stream), framework);

    public static Result<ClusterSheets> Load(string text, Framework framework)
    {
        var errors = new Errors();
        var root = Node.Root(YamlText.Parse(text, errors), errors);
        if (root is null) return Result<ClusterSheets>.Fail(errors.Items);
        var sheets = new ClusterSheets(root.Str("cluster"), root.Int("year"), root.Bool("consensus") ?? true,
            root.Maps("units", required: true).Select(Unit).ToList());
        root.RejectUnknownKeys();
        // Check against the framework in the same pass, without repeating a place already reported.
        var semantic = new Errors();
        SheetValidator.Check(framework, sheets, semantic);
        var reported = errors.Items.Select(e => e.Path).ToHashSet();
        foreach (var e in semantic.Items.Where(e => !reported.Contains(e.Path))) errors.Add(e.Path, e.Message);
        return errors.Any ? Result<ClusterSheets>.Fail(errors.Items) : Result<ClusterSheets>.Ok(sheets);
    }

    private static UnitSheet Unit(Node n)
    {
        var sheet = new UnitSheet(
            n.Str("id", required: true) ?? "",
            n.Str("name", required: true) ?? "",
            n.Bool("head") ?? false,
            Inputs(n, "criteria"),
            Inputs(n, "bonus"),
            n.Maps("deductions").Select(Deduction).ToList(),
            n.StrList("facts"),
            n.Str("party_rating"));
        n.RejectUnknownKeys();
        return sheet;
    }

    private static Dictionary<string, CriterionInput> Inputs(Node n, string key) =>
        n.Entries(key).ToDictionary(e => e.Key, e => Input(e.Value));

    private static CriterionInput Input(Node n)
    {
        var input = new CriterionInput
        {
            Score = n.Dec("score"),
            Points = n.Dec("points"),
            Tier = n.Str("tier"),
            Value = n.Dec("value"),
            Plan = n.Dec("plan"),
            Count = n.Int("count"),
            Counts = n.Map("counts") is { } counts ? Counts(counts) : new Dictionary<string, int>(),
            Total = n.Int("total"),
            Done = n.Bool("done"),
            Evidence = n.StrList("evidence"),
            Note = n.Str("note"),
        };
        n.RejectUnknownKeys();
        return input;
    }

    private static Dictionary<string, int> Counts(Node n) =>
        n.Keys.ToList().Select(k => (k, v: n.Int(k))).Where(x => x.v is not null).ToDictionary(x => x.k, x => x.v!.Value);

    private static DeductionEntry Deduction(Node n)
    {
        var entry = new DeductionEntry(n.Str("type", required: true) ?? "", n.Int("count") ?? 1, n.Str("reason", required: true) ?? "", n.StrList("evidence"));
        n.RejectUnknownKeys();
        return entry;
    }
}
