using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>
/// The cluster-year as the scoring library reads it: for each member, its latest self-assessment overlaid with
/// the head's appraised values, its deductions and its exclusions or deferrals. Also the members' own sheets,
/// for the self-versus-appraised comparison.
/// </summary>
public static class ClusterSheetBuilder
{
    /// <param name="Versions">Each unit's latest self-assessment version, absent when it has sent none.</param>
    public sealed record Sheets(ClusterSheets Self, ClusterSheets Appraised, IReadOnlyDictionary<string, int> Versions);

    public static async Task<Sheets> BuildAsync(this AppraisalDb db, ClusterYearCopy year, CancellationToken ct)
    {
        var (c, y) = (year.ClusterId, year.Year);
        var received = await db.SelfAssessments.AsNoTracking().Where(s => s.ClusterId == c && s.Year == y).ToListAsync(ct);
        var latest = received.GroupBy(s => s.UnitId).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Version)!);
        var values = (await db.AppraisedValues.AsNoTracking().Where(v => v.ClusterId == c && v.Year == y).ToListAsync(ct)).ToLookup(v => v.UnitId);
        var deductions = (await db.Deductions.AsNoTracking().Where(d => d.ClusterId == c && d.Year == y && d.WithdrawnAt == null).ToListAsync(ct))
            .ToLookup(d => d.UnitId);
        var facts = (await db.StatusFacts.AsNoTracking().Where(f => f.ClusterId == c && f.Year == y && f.WithdrawnAt == null).ToListAsync(ct))
            .ToLookup(f => f.UnitId);
        var self = new List<UnitSheet>();
        var appraised = new List<UnitSheet>();
        foreach (var m in year.Members)
        {
            var own = latest.GetValueOrDefault(m.UnitId);
            var ownSheet = UnitSheet.Empty(m.UnitId, m.Name) with
            {
                IsHead = m.UnitId == year.HeadUnitId,
                Criteria = own?.Criteria.ToInputs() ?? [],
                Bonus = own?.Bonus.ToInputs() ?? [],
            };
            self.Add(ownSheet);
            appraised.Add(ownSheet with
            {
                Criteria = Overlay(ownSheet.Criteria, values[m.UnitId].Where(v => v.Section == "criteria")),
                Bonus = Overlay(ownSheet.Bonus, values[m.UnitId].Where(v => v.Section == "bonus")),
                Deductions = deductions[m.UnitId].Select(d => new DeductionEntry(d.Type, d.Count, d.Reason, d.Evidence) { PointsEach = d.PointsEach }).ToList(),
                Facts = facts[m.UnitId].Where(f => f.FactId is not null).Select(f => f.FactId!).Distinct().ToList(),
                Statuses = facts[m.UnitId].Where(f => f.FactId is null).Select(f => new StatusNote(f.Exclude, f.Reason)).ToList(),
            });
        }
        return new(new ClusterSheets(year.ClusterName, y, true, self), new ClusterSheets(year.ClusterName, y, true, appraised),
            latest.ToDictionary(l => l.Key, l => l.Value.Version));
    }

    private static Dictionary<string, CriterionInput> Overlay(IReadOnlyDictionary<string, CriterionInput> own, IEnumerable<AppraisedValue> values)
    {
        var result = new Dictionary<string, CriterionInput>(own, StringComparer.Ordinal);
        foreach (var v in values) result[v.CriterionId] = v.Input;
        return result;
    }
}
