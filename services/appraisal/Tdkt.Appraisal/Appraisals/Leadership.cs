using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Publication;
using Tdkt.Platform.Auth;
using Tdkt.Platform.ClusterYears;
using Tdkt.Platform.Persistence;
using Tdkt.Platform.Problems;
using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;

namespace Tdkt.Appraisal.Appraisals;

/// <summary>The cluster-year, its framework and its appraisal state, with who may do what in it.</summary>
public sealed record AppraisalContext(ClusterYearCopy Year, Framework Framework, AppraisalYear State)
{
    public bool Finalized => State.FinalizedAt is not null;
}

public static class Leadership
{
    /// <summary>The context for the head or deputy of that year (who appraise); a problem for anybody else.</summary>
    public static async Task<(AppraisalContext?, ProblemHttpResult?)> LeadAsync(this AppraisalDb db, string clusterId, int year,
        ClaimsPrincipal user, CancellationToken ct, bool open = false)
    {
        var (context, problem) = await db.ContextAsync(clusterId, year, ct);
        if (problem is not null) return (null, problem);
        if (user.Unit() is not { } unit || !context!.Year.IsLedBy(unit))
            return (null, Problems.Forbidden($"Chỉ Cụm trưởng, Cụm phó của {context!.Year.ClusterName} năm {year} được thẩm định điểm."));
        if (open && context.Finalized)
            return (null, Problems.Conflict($"Điểm thi đua năm {year} của {context.Year.ClusterName} đã được chốt; không thể thay đổi."));
        return (context, null);
    }

    /// <summary>
    /// The context for a reader: the head and deputy always, the board and administrators, and the members once
    /// the scores were published to them (each point with its trace).
    /// </summary>
    public static async Task<(AppraisalContext?, ProblemHttpResult?)> ReadAsync(this AppraisalDb db, string clusterId, int year,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var (context, problem) = await db.ContextAsync(clusterId, year, ct);
        if (problem is not null) return (null, problem);
        if (user.IsInRole(Roles.Board) || user.IsInRole(Roles.Admin)) return (context, null);
        if (user.Unit() is { } unit && context!.Year.IsLedBy(unit)) return (context, null);
        if (user.MemberUnit() is { } member && context!.Year.HasMember(member) && context.State.PublishedAt is not null) return (context, null);
        return (null, Problems.Forbidden(
            $"Bảng điểm thẩm định của {context!.Year.ClusterName} năm {year} chỉ được xem sau khi Cụm trưởng công bố cho các đơn vị."));
    }

    public static async Task<(AppraisalContext?, ProblemHttpResult?)> ContextAsync(this AppraisalDb db, string clusterId, int year, CancellationToken ct)
    {
        var copy = await db.ReadYearAsync(clusterId, year, ct);
        if (copy is null) return (null, ClusterYearProblems.NotOpened(clusterId, year));
        if (FrameworkCache.Load(copy.FrameworkYaml) is not { } framework)
            return (null, Problems.Conflict($"{copy.ClusterName} năm {year} chưa được gán bảng điểm nên chưa thể thẩm định."));
        return (new AppraisalContext(copy, framework, await StateAsync(db, clusterId, year, ct)), null);
    }

    /// <summary>
    /// The year's appraisal state, stored the first time anybody reaches the year. Left to the request's own
    /// SaveChanges, two first requests at once (the head and the deputy, or a head saving several units) both inserted
    /// it, and the second failed as a conflict that was none.
    /// </summary>
    private static async Task<AppraisalYear> StateAsync(AppraisalDb db, string clusterId, int year, CancellationToken ct)
    {
        if (await db.AppraisalYears.FindAsync([clusterId, year], ct) is { } known) return known;
        var created = db.AppraisalYears.Add(new AppraisalYear { ClusterId = clusterId, Year = year });
        try
        {
            await db.SaveChangesAsync(ct);
            return created.Entity;
        }
        catch (DbUpdateException e) when (!e.IsDatabaseUnavailable())
        {
            // The other first request stored it meanwhile: that row is the year's state.
            created.State = EntityState.Detached;
            if (await db.AppraisalYears.FindAsync([clusterId, year], ct) is not { } stored) throw;
            return stored;
        }
    }

    public static string Who(this ClaimsPrincipal user) => user.FindFirst(TdktClaims.Subject)?.Value ?? user.Unit() ?? "?";
}
