using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tdkt.Appraisal.Appraisals;

namespace Tdkt.Appraisal.Audit;

public static class AuditTrail
{
    /// <summary>Adds an entry to the same SaveChanges as the change it records.</summary>
    public static void Record(this AppraisalDb db, AppraisalContext c, ClaimsPrincipal user, TimeProvider time, string what,
        string? unitId, string? criterionId, string? old, string? @new, string why) =>
        db.Audit.Add(new AuditEntry
        {
            ClusterId = c.Year.ClusterId, Year = c.Year.Year, UnitId = unitId, CriterionId = criterionId, What = what,
            Old = old, New = @new, Why = why, By = user.Who(), At = time.GetUtcNow(),
        });

    /// <summary>Who changed what, when and why; per unit and per criterion when asked.</summary>
    public static void MapAuditApi(this RouteGroupBuilder year) =>
        year.MapGet("/audit", async Task<Results<Ok<List<AuditEntry>>, ProblemHttpResult>> (string clusterId, int year,
            string? unitId, string? criterionId, ClaimsPrincipal user, AppraisalDb db, CancellationToken ct) =>
        {
            var (_, problem) = await db.ReadAsync(clusterId, year, user, ct);
            if (problem is not null) return problem;
            var q = db.Audit.AsNoTracking().Where(a => a.ClusterId == clusterId && a.Year == year);
            if (unitId is not null) q = q.Where(a => a.UnitId == unitId);
            if (criterionId is not null) q = q.Where(a => a.CriterionId == criterionId);
            return TypedResults.Ok(await q.OrderBy(a => a.Id).Take(5000).ToListAsync(ct));
        });
}
