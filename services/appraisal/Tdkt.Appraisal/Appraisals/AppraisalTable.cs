using Tdkt.Scoring.Computation;
using Tdkt.Scoring.Kinds;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>One criterion of one unit: what the unit entered and its points, what the head set and the points that count.</summary>
public sealed record CriterionRow(
    string Section, string CriterionId, string Name, decimal Max, string SelfInput, decimal? SelfPoints,
    string? AppraisedInput, decimal Points, string Trace, IReadOnlyList<string> Evidence,
    string? Comment, string? By, int Revision, bool WaitsForOtherUnits, CriterionInput? AppraisedFields);

public sealed record UnitRow(
    string UnitId, string UnitName, bool IsHead, int? SelfVersion, decimal? SelfTotal, decimal Total, string TotalTrace,
    int Rank, IReadOnlyList<string> TiedWith, string Status, IReadOnlyList<string> Reasons,
    decimal Bonus, IReadOnlyList<DeductionResult> Deductions, IReadOnlyList<CriterionRow> Criteria);

/// <summary>The cluster's appraisal table: every unit, self versus appraised side by side, ranks, statuses and proposals.</summary>
public sealed record AppraisalTableView(
    string ClusterId, int Year, string ClusterName, string FrameworkId, string FrameworkName, string Stage,
    DateTimeOffset? PublishedAt, DateOnly? ObjectionsUntil, DateTimeOffset? FinalizedAt,
    IReadOnlyList<UnitRow> Units, IReadOnlyList<Scoring.Awards.AwardProposal> Awards, IReadOnlyList<string> Problems);

public static class AppraisalTable
{
    public static string Stage(this AppraisalContext c) =>
        c.State.FinalizedAt is not null ? "finalized" : c.State.PublishedAt is not null ? "published" : "appraising";

    /// <summary>The cluster scored by the library from the built sheets; never throws (problems are listed instead).</summary>
    public static AppraisalTableView Build(AppraisalContext c, ClusterSheetBuilder.Sheets sheets, IReadOnlyList<AppraisedValue> values)
    {
        var fw = c.Framework;
        var appraised = ClusterScorer.Score(fw, sheets.Appraised);
        var self = ClusterScorer.Score(fw, sheets.Self);
        if (!appraised.IsValid)
            return new(c.Year.ClusterId, c.Year.Year, c.Year.ClusterName, fw.Id, fw.Name, c.Stage(), c.State.PublishedAt,
                c.State.ObjectionsUntil, c.State.FinalizedAt, [], [], appraised.Errors.Select(e => e.ToString()).ToList());
        var selfUnits = self.IsValid ? self.Value!.Units.ToDictionary(u => u.UnitId) : [];
        var byKey = values.ToDictionary(v => (v.UnitId, v.Section, v.CriterionId));
        var waiting = WaitingRankCriteria(fw, sheets.Appraised);
        var rows = appraised.Value!.Units.Select(u =>
        {
            var own = selfUnits.GetValueOrDefault(u.UnitId);
            var sheetSelf = sheets.Self.Units.First(s => s.UnitId == u.UnitId);
            var sheetAppraised = sheets.Appraised.Units.First(s => s.UnitId == u.UnitId);
            var criteria = Leaves(u.Groups.SelectMany(g => g.Criteria)).Select(r => Row("criteria", r, own is null ? null : Find(own.Groups.SelectMany(g => g.Criteria), r.Id),
                    sheetSelf.Criteria, sheetAppraised.Criteria, byKey.GetValueOrDefault((u.UnitId, "criteria", r.Id)), waiting.Contains(r.Id)))
                .Concat(Leaves(u.BonusItems).Select(r => Row("bonus", r, own is null ? null : Find(own.BonusItems, r.Id),
                    sheetSelf.Bonus, sheetAppraised.Bonus, byKey.GetValueOrDefault((u.UnitId, "bonus", r.Id)), waiting.Contains(r.Id))))
                .ToList();
            var version = sheets.Versions.TryGetValue(u.UnitId, out var v) ? v : (int?)null;
            return new UnitRow(u.UnitId, u.UnitName, u.IsHead, version, version is null ? null : own?.Total, u.Total, u.TotalTrace.Text, u.Rank, u.TiedWith,
                StatusCode(u.Status), u.Reasons, u.Bonus, u.DeductionItems, criteria);
        }).ToList();
        return new(c.Year.ClusterId, c.Year.Year, c.Year.ClusterName, fw.Id, fw.Name, c.Stage(), c.State.PublishedAt,
            c.State.ObjectionsUntil, c.State.FinalizedAt, rows, appraised.Value.Awards, []);
    }

    public static string StatusCode(UnitStatus s) => s switch
    {
        UnitStatus.Eligible => "eligible",
        UnitStatus.Ineligible => "ineligible",
        UnitStatus.Excluded => "excluded",
        _ => "deferred",
    };

    private static CriterionRow Row(string section, CriterionResult r, CriterionResult? self,
        IReadOnlyDictionary<string, CriterionInput> selfInputs, IReadOnlyDictionary<string, CriterionInput> appraisedInputs,
        AppraisedValue? value, bool waiting) =>
        new(section, r.Id, r.Name, r.Max, selfInputs.GetValueOrDefault(r.Id).Describe(), self?.Points,
            value is null ? null : appraisedInputs.GetValueOrDefault(r.Id).Describe(), r.Points,
            waiting ? $"{r.Trace} (tạm tính: chờ số liệu của tất cả các đơn vị để xếp hạng)" : r.Trace.Text,
            r.Evidence, value?.Comment, value?.By, value?.Revision ?? 0, waiting, value?.Input);

    /// <summary>The criteria points are entered on: a parent is the sum of its children.</summary>
    public static IEnumerable<CriterionResult> Leaves(IEnumerable<CriterionResult> list) =>
        list.SelectMany(r => r.Children.Count == 0 ? [r] : Leaves(r.Children));

    private static CriterionResult? Find(IEnumerable<CriterionResult> list, string id) => Leaves(list).FirstOrDefault(r => r.Id == id);

    /// <summary>A rank criterion is only final when every unit's value is known; until then its points are provisional.</summary>
    private static HashSet<string> WaitingRankCriteria(Framework fw, ClusterSheets sheets) =>
        fw.AllCriteria.Concat(fw.Bonus.Items).Where(c => c.Kind is RankKind)
            .Where(c => sheets.Units.Any(u => !(u.Criteria.TryGetValue(c.Id, out var i) || u.Bonus.TryGetValue(c.Id, out i)) || i?.Value is null))
            .Select(c => c.Id).ToHashSet();
}
