using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tdkt.Contracts;
using Tdkt.Intake.Deadlines;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Messaging;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;
using Tdkt.Scoring.Sheets;

namespace Tdkt.Intake.SelfAssessments;

/// <summary>Saving a draft and submitting a version: both checked against the year's framework; a version must be complete.</summary>
public static class SelfAssessmentSubmission
{
    public static async Task<Results<Created<SelfAssessmentReceipt>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string clusterId, int year, string unitId, HttpRequest request, ClaimsPrincipal user, IntakeDb db, GroupCommit<IntakeDb> commits, TimeProvider time, CancellationToken ct)
    {
        var facts = await SubmissionFacts.ReadAsync(db, clusterId, year, unitId, ct);
        var (checkedInput, invalid, refused) = await ReadAsync(facts, clusterId, year, unitId, request, db, complete: true, ct);
        if (invalid is not null) return invalid;
        if (refused is not null) return refused;
        var (_, _, score, criteria, bonus) = checkedInput!.Value;
        var now = time.UtcNowStored();
        var dueAt = await facts!.DueAtAsync(db, ct);
        // Accepted when late: the workflow's consequence for the missed step applies, the version says how late.
        var lateness = Lateness.Of(now, dueAt);
        for (var attempt = 1; ; attempt++)
        {
            var s = new SelfAssessment
            {
                Id = Guid.NewGuid(), ClusterId = clusterId, Year = year, UnitId = unitId, Version = (facts.LatestVersion ?? 0) + 1,
                SubmittedBy = user.FindFirst(TdktClaims.Subject)?.Value ?? unitId, SubmittedAt = now,
                Criteria = criteria, Bonus = bonus, SelfScore = score,
                DueAt = dueAt, DaysLate = lateness.IsLate ? lateness.DaysLate : null,
            };
            // Made here, not in the group's writer: the row carries this request's trace.
            var published = OutboxMessage.For(new SelfAssessmentSubmitted(s.Id, clusterId, year, unitId, s.Version, s.SubmittedAt,
                s.Criteria.Select(c => CriterionEntry.ToValue(c.Key, c.Value)).ToList(),
                s.Bonus.Select(c => CriterionEntry.ToValue(c.Key, c.Value)).ToList(), s.SelfScore, s.DaysLate), time.GetUtcNow());
            var hasDraft = facts.HasDraft;
            try
            {
                // With the other submissions of this moment: one commit for them all.
                await commits.SaveAsync(w =>
                {
                    w.SelfAssessments.Add(s);
                    // Removed by its key: a draft deleted meanwhile fails the save on the rows it expected, and the loop reads again.
                    if (hasDraft) w.SelfAssessmentDrafts.Remove(new SelfAssessmentDraft { ClusterId = clusterId, Year = year, UnitId = unitId, SavedBy = "" });
                    w.Outbox.Add(published);
                });
                return TypedResults.Created($"/intake/clusters/{clusterId}/years/{year}/units/{unitId}/self-assessments/{s.Id}",
                    SelfAssessmentReceipt.Of(s));
            }
            // Another version was numbered latest + 1 at the same moment, or the draft went: take the next number.
            catch (DbUpdateException e) when (attempt < 3 && !e.IsDatabaseUnavailable())
            {
                facts = await SubmissionFacts.ReadAsync(db, clusterId, year, unitId, ct) ?? facts;
            }
        }
    }

    // Compiled: every draft saved asks it.
    private static readonly PerModel<Func<IntakeDb, string, int, string, CancellationToken, Task<SelfAssessmentDraft?>>> Draft = new(() => EF.CompileAsyncQuery(
        (IntakeDb db, string clusterId, int year, string unitId, CancellationToken _) => db.SelfAssessmentDrafts
            .FirstOrDefault(d => d.ClusterId == clusterId && d.Year == year && d.UnitId == unitId)));

    public static async Task<Results<Ok<SelfAssessmentDraftView>, ValidationProblem, ProblemHttpResult>> SaveDraftAsync(
        string clusterId, int year, string unitId, HttpRequest request, ClaimsPrincipal user, IntakeDb db, TimeProvider time, CancellationToken ct)
    {
        var facts = await SubmissionFacts.ReadAsync(db, clusterId, year, unitId, ct);
        var (checkedInput, invalid, refused) = await ReadAsync(facts, clusterId, year, unitId, request, db, complete: false, ct);
        if (invalid is not null) return invalid;
        if (refused is not null) return refused;
        var (_, _, score, criteria, bonus) = checkedInput!.Value;
        var draft = await Draft.For(db)(db, clusterId, year, unitId, ct);
        if (draft is null) db.SelfAssessmentDrafts.Add(draft = new SelfAssessmentDraft { ClusterId = clusterId, Year = year, UnitId = unitId, SavedBy = "" });
        (draft.SavedBy, draft.SavedAt) = (user.FindFirst(TdktClaims.Subject)?.Value ?? unitId, time.UtcNowStored());
        (draft.Criteria, draft.Bonus) = (criteria, bonus);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new SelfAssessmentDraftView(draft.SavedAt, draft.Criteria, draft.Bonus, score, new Dictionary<string, string[]>()));
    }

    /// <summary>The request, the year and the computed self-score; or the problem that refuses it, with nothing changed.</summary>
    private static async Task<((SelfAssessmentRequest Body, ClusterYearCopy Year, decimal Score, Dictionary<string, CriterionInput> Criteria, Dictionary<string, CriterionInput> Bonus)?, ValidationProblem?, ProblemHttpResult?)> ReadAsync(
        SubmissionFacts? facts, string clusterId, int year, string unitId, HttpRequest request, IntakeDb db, bool complete, CancellationToken ct)
    {
        var clusterYear = facts?.Year;
        if (clusterYear is null) return (null, null, ClusterYearProblems.NotOpened(clusterId, year));
        if (!clusterYear.HasMember(unitId))
            return (null, null, Problems.Forbidden($"Đơn vị '{unitId}' không phải thành viên của {clusterYear.ClusterName} năm {year}."));
        if (FrameworkCache.Load(clusterYear.FrameworkYaml) is not Framework fw)
            return (null, null, Problems.Conflict($"{clusterYear.ClusterName} năm {year} chưa được gán bảng điểm nên chưa thể tự chấm điểm; đề nghị quản trị viên gán bảng điểm."));
        var (body, problem) = await request.ReadJsonBodyAsync<SelfAssessmentRequest>(ct);
        if (problem is not null) return (null, problem, null);
        var shape = body!.Validate();
        if (!shape.IsValid) return (null, shape.ToProblem(), null);
        var (criteria, bonus) = RegisteredPlans.WithRegisteredPlans(fw, facts!.Targets, body.CriteriaInputs(), body.BonusInputs());
        var (result, errors) = SelfScoring.Score(fw, unitId, clusterYear.HeadUnitId == unitId, criteria, bonus, complete);
        if (errors.IsValid) errors = await db.CheckEvidenceFilesAsync(clusterId, year, unitId, criteria, bonus, ct);
        return errors.IsValid ? ((body, clusterYear, result!.Total, criteria, bonus), null, null) : (null, errors.ToProblem(), null);
    }
}
