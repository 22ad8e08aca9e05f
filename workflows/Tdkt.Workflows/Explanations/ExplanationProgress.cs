using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.ClusterYears;
using Tdkt.Workflows.Instances;
using Tdkt.Workflows.Progress;
using Tdkt.Workflows.Reminders;
using Tdkt.Workflows.Timers;

namespace Tdkt.Workflows.Explanations;

/// <summary>The year's explanation deadlines in the progress report, each read like a step owed by one unit.</summary>
internal static class ExplanationProgress
{
    public static async Task<List<StepProgress>> ListAsync(WorkflowsDb db, ClusterYearCopy year, IEnumerable<Obligation> obligations,
        IReadOnlyList<WorkflowTimer> unsentReminders, DateTimeOffset now, CancellationToken ct)
    {
        var owed = obligations.Where(o => Explanation.IsExplanation(o.StepId)).ToList();
        if (owed.Count == 0) return [];
        var titles = await db.Explanations.AsNoTracking()
            .Where(e => e.ClusterId == year.ClusterId && e.Year == year.Year && e.RequestedAt != null)
            .ToDictionaryAsync(e => Explanation.StepIdOf(e.RequestId), e => ExplanationDeadline.Title(e.Question), ct);
        return owed.OrderBy(o => o.DueDate).ThenBy(o => o.Id).Select(o => new StepProgress(
            o.StepId, titles.GetValueOrDefault(o.StepId) ?? ExplanationDeadline.Title(null), "EachMember", o.DueDate,
            o.DueDate is { } d ? VietnameseText.Date(d) : null, o.DueAt, null, null,
            [ProgressQuery.Unit(o, year, now)],
            ProgressQuery.NextReminders(unsentReminders, new Dictionary<long, string> { [o.Id] = o.UnitId }))).ToList();
    }
}
