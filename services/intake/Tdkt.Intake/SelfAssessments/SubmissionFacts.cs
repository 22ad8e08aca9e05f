using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Intake.Deadlines;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>
/// What a unit's self-assessment needs from intake's tables besides its body, read in one round trip: the year's copy,
/// the unit's registered targets, its latest version, whether a draft waits, and when the step is due. Read one by one
/// they were five round trips, about a third of the CPU intake and the database spent on a submission.
/// </summary>
public sealed record SubmissionFacts(ClusterYearCopy Year, List<RegisteredTarget>? Targets, int? LatestVersion, bool HasDraft,
    DateTimeOffset? AnyDue, int DueSteps)
{
    public static Task<SubmissionFacts?> ReadAsync(IntakeDb db, string clusterId, int year, string unitId, CancellationToken ct) =>
        Query.For(db)(db, clusterId, year, unitId, ct);

    /// <summary>The earliest deadline of the steps that wait for a self-assessment; asked again only when two steps wait.</summary>
    public async Task<DateTimeOffset?> DueAtAsync(IntakeDb db, CancellationToken ct) =>
        DueSteps > 1 ? await db.DueAtAsync(Year.ClusterId, Year.Year, nameof(SelfAssessmentSubmitted), ct: ct) : AnyDue;

    // Compiled, as every draft and version asks it. The due moment is not ordered in SQL: SQLite cannot order a DateTimeOffset.
    private static readonly PerModel<Func<IntakeDb, string, int, string, CancellationToken, Task<SubmissionFacts?>>> Query = new(() => EF.CompileAsyncQuery(
        (IntakeDb db, string clusterId, int year, string unitId, CancellationToken _) => db.ClusterYears.AsNoTracking()
            .Where(y => y.ClusterId == clusterId && y.Year == year)
            .Select(y => new SubmissionFacts(y,
                db.Registrations.Where(r => r.ClusterId == clusterId && r.Year == year && r.UnitId == unitId && r.ReplacedAt == null)
                    .Select(r => r.Targets).FirstOrDefault(),
                db.SelfAssessments.Where(s => s.ClusterId == clusterId && s.Year == year && s.UnitId == unitId).Max(s => (int?)s.Version),
                db.SelfAssessmentDrafts.Any(d => d.ClusterId == clusterId && d.Year == year && d.UnitId == unitId),
                db.StepDeadlines.Where(d => d.ClusterId == clusterId && d.Year == year && d.Event == nameof(SelfAssessmentSubmitted)
                    && d.Filter == StepFilter.None && d.DueAt != null).Select(d => d.DueAt).FirstOrDefault(),
                db.StepDeadlines.Count(d => d.ClusterId == clusterId && d.Year == year && d.Event == nameof(SelfAssessmentSubmitted)
                    && d.Filter == StepFilter.None && d.DueAt != null)))
            .FirstOrDefault()));
}
