using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;

namespace Tdkt.Scoring.Tests.Support;

/// <summary>Loads sheets written as YAML in the test and scores them, failing loudly on validation errors.</summary>
internal static class Score
{
    public static ClusterResult Cluster(Framework framework, string sheetsYaml)
    {
        var sheets = SheetsLoader.Load(sheetsYaml, framework);
        if (!sheets.IsValid) throw new Xunit.Sdk.XunitException(string.Join("\n", sheets.Errors));
        var result = ClusterScorer.Score(framework, sheets.Value!);
        return result.IsValid ? result.Value! : throw new Xunit.Sdk.XunitException(string.Join("\n", result.Errors));
    }

    public static UnitResult Unit(this ClusterResult r, string id) => r.Units.Single(u => u.UnitId == id);

    public static decimal Points(this UnitResult u, string criterionId) =>
        u.Groups.SelectMany(g => g.Criteria).Concat(u.BonusItems).SelectMany(Flatten).Single(c => c.Id == criterionId).Points;

    public static string Trace(this UnitResult u, string criterionId) =>
        u.Groups.SelectMany(g => g.Criteria).Concat(u.BonusItems).SelectMany(Flatten).Single(c => c.Id == criterionId).Trace;

    public static decimal Group(this UnitResult u, string groupId) => u.Groups.Single(g => g.Id == groupId).Points;

    private static IEnumerable<CriterionResult> Flatten(CriterionResult c) => c.Children.SelectMany(Flatten).Prepend(c);
}
